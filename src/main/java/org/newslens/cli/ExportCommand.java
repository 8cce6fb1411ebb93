package org.newslens.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.export.ExportFiles;
import org.newslens.notes.export.ExportFormat;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens export --format md|csv|json|html [scope] [-o PATH] [--force]}. */
@Command(name = "export", description = {"Export notes and highlights.",
        "With -o FOLDER (an existing folder, or a path ending in /) and --format md: one file per article,",
        "updated in place by later exports; files you edited are left alone and listed."})
class ExportCommand extends LibraryCommand {
    @Mixin
    NoteScopeOptions scope;

    @Mixin
    WriteOptions write;

    @Option(names = "--orphaned", description = "Export the notes and highlights kept when their articles were removed (one file).")
    boolean orphaned;

    @Override
    void check() {
        super.check();
        if (orphaned) {
            scope.refuseScopeWith("--orphaned", "exports");
        }
    }

    /** A refused export (ExportException) is a NewsLensException, worded by {@link Outcomes#failure}. */
    @Override
    int run(Database db) {
        NoteFilter filter = scope.filter();
        PrintWriter out = out();
        ExportFormat format = write.format;
        String output = write.output;
        boolean force = write.force;
        NotesExporter exporter = new NotesExporter(db);
        if (orphaned) {
            return exportOrphaned(exporter, out);
        }
        if (output == null) {
            out.print(exporter.render(format, filter));
        } else if (format == ExportFormat.MD && isFolder(output)) {
            report(out, exporter.exportFolder(filter, Path.of(output), force));
        } else if (output.endsWith("/") || output.endsWith(File.separator)) {
            throw new IllegalArgumentException(output + " names a folder; --format " + format.extension()
                    + " writes one file, so give a file name (only md exports one file per article into a folder)");
        } else {
            ExportFiles.FileResult r = exporter.exportFile(format, filter, Path.of(output), force);
            out.println(Outcomes.describe(r));
        }
        return 0;
    }

    private int exportOrphaned(NotesExporter exporter, PrintWriter out) {
        if (write.output == null) {
            out.print(exporter.renderOrphaned(write.format));
        } else if (isFolder(write.output)) {
            throw new IllegalArgumentException(write.output + " names a folder; --orphaned writes one file, so give a file name");
        } else {
            out.println(Outcomes.describe(exporter.exportOrphanedFile(write.format, Path.of(write.output), write.force)));
        }
        return 0;
    }

    static boolean isFolder(String output) {
        return Files.isDirectory(Path.of(output)) || output.endsWith("/") || output.endsWith(File.separator);
    }

    private static void report(PrintWriter out, ExportFiles.FolderReport r) {
        out.printf("Exported %d %s to %s: %d created, %d updated, %d unchanged, %d overwritten, %d left alone.%n",
                r.files().size(), r.files().size() == 1 ? "article" : "articles", r.folder(),
                r.with(ExportFiles.Outcome.CREATED).size(), r.with(ExportFiles.Outcome.UPDATED).size(),
                r.with(ExportFiles.Outcome.UNCHANGED).size(), r.with(ExportFiles.Outcome.OVERWRITTEN).size(), r.keptAlone().size());
        for (ExportFiles.FileResult f : r.keptAlone()) {
            out.println("  left alone: " + f.file() + (f.outcome() == ExportFiles.Outcome.KEPT_EDITED
                    ? " (edited since the last export)" : " (not written by NewsLens)") + "; --force overwrites it");
        }
    }
}
