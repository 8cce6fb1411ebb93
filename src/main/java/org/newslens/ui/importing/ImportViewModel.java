package org.newslens.ui.importing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.library.Seeds;
import org.newslens.store.Database;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.task.TaskViewModel;

/**
 * Imports files and folders (and the first-run samples) in the background, one import at a time,
 * with progress, cancel and a summary at the end. {@code afterImport} hears of every finished import
 * (the window reloads its list and selects the new article).
 */
public final class ImportViewModel extends TaskViewModel {
    private final Database db;
    private final ImportService importer;
    private final TaskExecutor executor;
    private final Consumer<ImportSummary> afterImport;
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    public ImportViewModel(Database db, ImportService importer, TaskExecutor executor, Consumer<ImportSummary> afterImport) {
        this.db = db;
        this.importer = importer;
        this.executor = executor;
        this.afterImport = afterImport;
    }

    /** The last import's summary while the user has not dismissed it; null otherwise. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Starts importing; ignored (returns false) while another import runs or when there is nothing to import. */
    public boolean onImport(List<Path> paths) {
        if (task.isRunning() || paths == null || paths.isEmpty()) {
            return false;
        }
        List<Path> copy = List.copyOf(paths);
        start("Looking for articles…", ctx -> importer.importPaths(copy, ctx), true);
        return true;
    }

    /** Whether web addresses can be opened (the importer has a fetcher). */
    public boolean opensWebAddresses() {
        return importer.opensWebAddresses();
    }

    /**
     * Fetches the web page at {@code uri} and stores it like an imported file; the article opens when
     * stored. Ignored (returns false) while another import runs.
     */
    public boolean onOpenUrl(URI uri) {
        if (task.isRunning() || uri == null || !importer.opensWebAddresses()) {
            return false;
        }
        start("Fetching " + uri.getHost() + "…", ctx -> importer.importUrls(List.of(uri), ctx), true);
        return true;
    }

    /** On a library that never had the samples and is empty, imports them. Quietly does nothing otherwise. */
    public void seedIfNew() {
        if (task.isRunning()) {
            return;
        }
        start("Adding sample articles…", ctx -> Seeds.seedIfNew(db, importer, ctx), false);
    }

    public void onCancelImport() {
        task.cancel();
    }

    public void onDismissSummary() {
        summary.set(null);
    }

    /**
     * Runs one import. The report is kept aside as soon as the work returns, so that a cancelled import
     * (whose success callback never comes) still reports what it did before the cancel.
     */
    private void start(String firstMessage, BackgroundTask.Work<ImportReport> work, boolean showSummary) {
        AtomicReference<ImportReport> done = new AtomicReference<>();
        AtomicBoolean firstShown = new AtomicBoolean();
        summary.set(null);
        task.<ImportReport>task("Import", firstMessage, ctx -> {
                    ImportReport r = work.run(ctx);
                    done.set(r);
                    return r;
                })
                .onProgress(p -> {
                    if (!showSummary && p.fraction() > 0 && firstShown.compareAndSet(false, true)) {
                        afterImport.accept(null); // the first sample is stored: show it while the others follow
                    }
                })
                .onSuccess(r -> finish(r == null ? null : samplesOrNot(ImportSummary.of(r), showSummary), showSummary))
                .onCancelled(() -> finish(done.get() == null ? null : ImportSummary.of(done.get()), true))
                .onFailure(e -> finish(ImportSummary.failed(e), true))
                .start(executor);
    }

    private static ImportSummary samplesOrNot(ImportSummary s, boolean userImport) {
        return userImport ? s : s.withoutSelection();
    }

    private void finish(ImportSummary result, boolean showSummary) {
        if (result == null) {
            task.setMessage("");
        } else if (!showSummary && !result.hasFailures()) {
            task.setMessage("Added " + result.imported() + (result.imported() == 1 ? " sample article" : " sample articles"));
        } else {
            task.setMessage(result.headline());
        }
        if (result != null && (showSummary || result.hasFailures())) {
            summary.set(result);
        }
        afterImport.accept(result);
    }
}
