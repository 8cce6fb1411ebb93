package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.extract.Extractor;
import org.newslens.extract.NlpExtractor;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import .txt and .md files, or folders of them, into the library.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    /** The extraction engine for imports; tests may swap in a fake. */
    static Extractor engine() {
        return ExtractCommand.engine != null ? ExtractCommand.engine : NlpExtractor.shared();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = parent.library.open()) {
            ImportReport report = new ImportService(db, engine(), ImportService.defaultThreads(), java.time.Clock.systemUTC())
                    .importPaths(paths, TaskContext.none());
            for (ImportOutcome o : report.outcomes()) {
                switch (o.status()) {
                    case IMPORTED -> out.println("imported   #" + o.articleId() + "  " + o.title() + "  (" + o.file() + ")");
                    case DUPLICATE -> out.println("duplicate  #" + o.articleId() + "  " + o.file() + " is already in the library");
                    case FAILED -> err.println("failed     " + o.file() + ": " + o.reason());
                }
            }
            out.println(report.headline());
            out.flush();
            err.flush();
            return report.failed() > 0 ? 1 : 0;
        }
    }
}
