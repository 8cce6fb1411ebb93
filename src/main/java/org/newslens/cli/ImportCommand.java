package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newslens.extract.Extractor;
import org.newslens.extract.NlpExtractor;
import org.newslens.feeds.FeedException;
import org.newslens.feeds.Subscriptions;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import .txt and .md files, or folders of them, into the library; "
        + "an .opml file subscribes to its feeds.")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    /** The extraction engine for imports; tests may swap in a fake. */
    static Extractor engine() {
        return ExtractCommand.engine != null ? ExtractCommand.engine : NlpExtractor.shared();
    }

    @Override
    int run(Database db) {
        PrintWriter out = out();
        PrintWriter err = err();
        List<Path> opml = paths.stream().filter(Subscriptions::isOpml).toList();
        List<Path> files = paths.stream().filter(p -> !Subscriptions.isOpml(p)).toList();
        int opmlFailed = 0;
        for (Path p : opml) {
            try {
                Subscriptions.ImportResult r = new Subscriptions(db, java.time.Clock.systemUTC()).importOpml(p);
                out.println("subscribed " + p + ": " + r.headline() + " (fetch them with: newslens feeds refresh)");
            } catch (FeedException | java.io.IOException e) {
                err.println("failed     " + p + ": " + (e instanceof FeedException fe ? fe.reason() : "cannot read: " + e.getMessage()));
                opmlFailed++;
            }
        }
        if (files.isEmpty()) {
            return opmlFailed > 0 ? 1 : 0;
        }
        ImportReport report = new ImportService(db, engine(), ImportService.defaultThreads(), java.time.Clock.systemUTC())
                .importPaths(files, TaskContext.none());
        for (ImportOutcome o : report.outcomes()) {
            switch (o.status()) {
                case IMPORTED -> out.println("imported   #" + o.articleId() + "  " + o.title() + "  (" + o.file() + ")");
                case DUPLICATE -> out.println("duplicate  #" + o.articleId() + "  " + o.file() + " is already in the library");
                case FAILED -> err.println("failed     " + o.file() + ": " + o.reason());
            }
        }
        out.println(report.headline());
        return report.failed() > 0 || opmlFailed > 0 ? 1 : 0;
    }
}
