package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.notes.export.ExportException;
import org.newslens.notes.export.ExportFormat;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newslens dossier NAME [--format md|html] [-o PATH] [--force]}. */
@Command(name = "dossier", description = "Everything about one person: articles, roles, quotes, dated sentences, your notes.")
final class DossierCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The person (name, alias, surname or actor id).")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, defaultValue = "md",
            description = "md or html (default: md).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write; default: standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite a file that NewsLens did not write or that was edited since.")
    boolean force;

    @Override
    public Integer call() {
        if (format != ExportFormat.MD && format != ExportFormat.HTML) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a dossier is md or html, not " + format.extension());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = parent.library.open()) {
            NotesExporter exporter = new NotesExporter(db);
            if (output == null) {
                out.print(NotesExporter.render(format, exporter.dossier(name)));
            } else {
                out.println(Outcomes.describe(exporter.exportDossier(format, name, output, force)));
            }
            out.flush();
            return 0;
        } catch (ExportException e) {
            throw new IllegalArgumentException(Outcomes.refused(e), e);
        }
    }
}
