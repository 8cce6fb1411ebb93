package org.newslens.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.extract.Extractor;
import org.newslens.extract.NlpExtractor;
import org.newslens.feeds.FeedException;
import org.newslens.feeds.Subscriptions;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportException;
import org.newslens.library.ImportService;
import org.newslens.library.UrlImport;
import org.newslens.net.Fetcher;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import .txt, .md and .html files, folders of them, or web pages (http/https URLs) "
        + "into the library; an .opml file subscribes to its feeds.")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or web page addresses to import.")
    List<String> targets;

    /** Fetches web pages with the polite defaults (see HttpFetcher). */
    static Fetcher fetcher() {
        return org.newslens.feeds.Fetchers.system();
    }

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
        List<Path> paths = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> opml = new ArrayList<>();
        for (String t : targets) {
            if (!UrlImport.isWebAddress(t)) {
                Path p = Path.of(t);
                (Subscriptions.isOpml(p) ? opml : paths).add(p);
                continue;
            }
            try {
                urls.add(UrlImport.parse(t));
            } catch (ImportException e) {
                outcomes.add(new ImportOutcome(t, ImportOutcome.Status.FAILED, null, null, e.getMessage()));
            }
        }
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
        if (paths.isEmpty() && urls.isEmpty() && outcomes.isEmpty()) {
            return opmlFailed > 0 ? 1 : 0;
        }
        ImportService importer = new ImportService(db, engine(), ImportService.defaultThreads(), java.time.Clock.systemUTC(),
                urls.isEmpty() ? null : fetcher());
        List<String> skipped = List.of();
        if (!paths.isEmpty()) {
            ImportReport files = importer.importPaths(paths, !allFiles, TaskContext.none());
            outcomes.addAll(files.outcomes());
            skipped = files.skipped();
        }
        if (!urls.isEmpty()) {
            outcomes.addAll(importer.importUrls(urls, TaskContext.none()).outcomes());
        }
        ImportReport report = new ImportReport(outcomes, false, 0, skipped);
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
