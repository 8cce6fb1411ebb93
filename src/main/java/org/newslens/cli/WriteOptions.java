package org.newslens.cli;

import org.newslens.notes.export.ExportFormat;
import picocli.CommandLine.Option;

/** Where and how export and dossier write: {@code --format}, {@code -o/--output}, {@code --force}. */
final class WriteOptions {
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, defaultValue = "md",
            description = "md, csv, json or html; a dossier is md or html (default: md).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "The file to write (export --format md: or a folder, one file per article); default: standard output.")
    String output;

    @Option(names = "--force", description = "Overwrite files that NewsLens did not write or that were edited since.")
    boolean force;
}
