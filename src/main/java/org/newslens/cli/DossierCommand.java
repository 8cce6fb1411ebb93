package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newslens.notes.export.ExportFormat;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newslens dossier NAME [--format md|html] [-o PATH] [--force]}. */
@Command(name = "dossier", description = "Everything about one person: articles, roles, quotes, dated sentences, your notes.")
final class DossierCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person (name, alias, surname or actor id).")
    String name;

    @Mixin
    WriteOptions write;

    @Override
    void check() {
        if (write.format != ExportFormat.MD && write.format != ExportFormat.HTML) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a dossier is md or html, not " + write.format.extension());
        }
    }

    /** A refused export (ExportException) is a NewsLensException, worded by {@link Outcomes#failure}. */
    @Override
    int run(Database db) {
        PrintWriter out = out();
        NotesExporter exporter = new NotesExporter(db);
        if (write.output == null) {
            out.print(NotesExporter.render(write.format, exporter.dossier(name)));
        } else {
            out.println(Outcomes.describe(exporter.exportDossier(write.format, name, Path.of(write.output), write.force)));
        }
        return 0;
    }
}
