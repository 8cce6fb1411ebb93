package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newslens.extract.Extractor;
import org.newslens.extract.NlpExtractor;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import .txt and .md files, or folders of them, into the library.")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @picocli.CommandLine.Option(names = "--all-files", description = "Also import the README, LICENSE, CHANGELOG... files of folders.")
    boolean allFiles;

    /** The extraction engine for imports; tests may swap in a fake. */
    static Extractor engine() {
        return ExtractCommand.engine != null ? ExtractCommand.engine : NlpExtractor.shared();
    }

    @Override
    int run(Database db) {
        PrintWriter out = out();
        PrintWriter err = err();
        ImportReport report = new ImportService(db, engine(), ImportService.defaultThreads(), java.time.Clock.systemUTC())
                .importPaths(paths, !allFiles, TaskContext.none());
        for (ImportOutcome o : report.outcomes()) {
            switch (o.status()) {
                case IMPORTED -> out.println("imported   #" + o.articleId() + "  " + o.title() + "  (" + o.file() + ")");
                case DUPLICATE -> out.println("duplicate  #" + o.articleId() + "  " + o.file() + " is already in the library");
                case FAILED -> err.println("failed     " + o.file() + ": " + o.reason());
            }
        }
        out.println(report.headline());
        return report.failed() > 0 ? 1 : 0;
    }
}
