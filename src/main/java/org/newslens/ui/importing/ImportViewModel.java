package org.newslens.ui.importing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.library.Seeds;
import org.newslens.store.Database;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskContext;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;

/**
 * Imports files and folders (and the first-run samples) in the background, one import at a time,
 * with progress, cancel and a summary at the end. {@code afterImport} hears of every finished import
 * (the window reloads its list and selects the new article).
 */
public final class ImportViewModel {
    private final Database db;
    private final ImportService importer;
    private final TaskExecutor executor;
    private final Consumer<ImportSummary> afterImport;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private TaskHandle task;
    /** Set by Cancel; the running import sees it at its next check, even before {@link #task} is known. */
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportViewModel(Database db, ImportService importer, TaskExecutor executor, Consumer<ImportSummary> afterImport) {
        this.db = db;
        this.importer = importer;
        this.executor = executor;
        this.afterImport = afterImport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening now, or what happened last ("Importing a.txt", "2 imported, …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last import's summary while the user has not dismissed it; null otherwise. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Starts importing; ignored (returns false) while another import runs or when there is nothing to import. */
    public boolean onImport(List<Path> paths) {
        if (running.get() || paths == null || paths.isEmpty()) {
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
        if (running.get() || uri == null || !importer.opensWebAddresses()) {
            return false;
        }
        start("Fetching " + uri.getHost() + "…", ctx -> importer.importUrls(List.of(uri), ctx), true);
        return true;
    }

    /** On a library that never had the samples and is empty, imports them. Quietly does nothing otherwise. */
    public void seedIfNew() {
        if (running.get()) {
            return;
        }
        start("Adding sample articles…", ctx -> Seeds.seedIfNew(db, importer, ctx), false);
    }

    public void onCancelImport() {
        if (running.get()) {
            message.set("Cancelling…");
            cancelRequested.set(true);
            if (task != null) {
                task.cancel();
            }
        }
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
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicBoolean firstShown = new AtomicBoolean();
        cancelRequested = cancel;
        summary.set(null);
        running.set(true);
        progress.set(-1);
        message.set(firstMessage);
        TaskHandle handle = executor.execute(BackgroundTask.<ImportReport>of("Import", ctx -> {
                    ImportReport r = work.run(cancellable(ctx, cancel));
                    done.set(r);
                    return r;
                })
                .onProgress(p -> {
                    if (running.get() && !cancel.get()) {
                        progress.set(p.fraction());
                        message.set(p.message());
                        if (!showSummary && p.fraction() > 0 && firstShown.compareAndSet(false, true)) {
                            afterImport.accept(null); // the first sample is stored: show it while the others follow
                        }
                    }
                })
                .onSuccess(r -> finish(r == null ? null : samplesOrNot(ImportSummary.of(r), showSummary), showSummary))
                .onCancelled(() -> finish(done.get() == null ? null : ImportSummary.of(done.get()), true))
                .onFailure(e -> finish(ImportSummary.failed(e), true)));
        if (running.get() && cancelRequested == cancel) {
            task = handle; // an executor that ran the work to its end already has nothing to cancel
        }
    }

    private static TaskContext cancellable(TaskContext ctx, AtomicBoolean cancel) {
        return new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                ctx.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get() || ctx.isCancelled();
            }
        };
    }

    private static ImportSummary samplesOrNot(ImportSummary s, boolean userImport) {
        return userImport ? s : s.withoutSelection();
    }

    private void finish(ImportSummary result, boolean showSummary) {
        running.set(false);
        progress.set(0);
        task = null;
        if (result == null) {
            message.set("");
        } else if (!showSummary && !result.hasFailures()) {
            message.set("Added " + result.imported() + (result.imported() == 1 ? " sample article" : " sample articles"));
        } else {
            message.set(result.headline());
        }
        if (result != null && (showSummary || result.hasFailures())) {
            summary.set(result);
        }
        afterImport.accept(result);
    }
}
