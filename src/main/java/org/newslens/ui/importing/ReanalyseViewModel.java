package org.newslens.ui.importing;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.newslens.library.ReextractService;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskContext;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;

/**
 * Offers to analyse again the articles an older engine analysed: {@link #onCheck} counts them in the
 * background; the bar shows "N articles were analysed by an older engine — Re-analyse" until the user
 * re-analyses (in the background, with progress and cancel) or dismisses it for this session.
 */
public final class ReanalyseViewModel {
    private final ReextractService service;
    private final TaskExecutor executor;
    private final Runnable afterReanalyse;
    private final ReadOnlyIntegerWrapper stale = new ReadOnlyIntegerWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper dismissed = new ReadOnlyBooleanWrapper(this, "dismissed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding visible;
    private AtomicBoolean cancel = new AtomicBoolean();
    private TaskHandle task;

    /** {@code afterReanalyse} runs on the callback thread when a run ends (the window reloads what it shows). */
    public ReanalyseViewModel(ReextractService service, TaskExecutor executor, Runnable afterReanalyse) {
        this.service = service;
        this.executor = executor;
        this.afterReanalyse = afterReanalyse;
        this.visible = running.or(stale.greaterThan(0).and(dismissed.not()));
        stale.addListener((o, was, now) -> updateMessage());
        updateMessage();
    }

    /** Articles analysed by an older engine, as last counted. */
    public ReadOnlyIntegerProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1] while running; -1 while not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The bar shows while re-analysing, or while stale articles wait and the user has not dismissed it. */
    public ObservableBooleanValue visibleProperty() {
        return visible;
    }

    /** Counts the stale articles in the background (after start-up and after each import). */
    public void onCheck() {
        if (running.get()) {
            return;
        }
        executor.execute(BackgroundTask.<Integer>of("Count stale articles", ctx -> service.staleCount())
                .onSuccess(n -> {
                    if (!running.get()) {
                        stale.set(n);
                    }
                })
                .onFailure(e -> stale.set(0)));
    }

    /** Re-analyses the stale articles in the background; ignored while a run is going on. */
    public void onReanalyse() {
        if (running.get() || stale.get() == 0) {
            return;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running.set(true);
        progress.set(-1);
        message.set("Re-analysing…");
        TaskHandle handle = executor.execute(BackgroundTask.<ReextractService.Result>of("Re-analyse", ctx -> service.run(false, new TaskContext() {
                    @Override
                    public void progress(long done, long total, String text) {
                        ctx.progress(done, total, text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return flag.get() || ctx.isCancelled();
                    }
                }))
                .onProgress(p -> {
                    if (running.get() && !flag.get()) {
                        progress.set(p.fraction());
                        message.set(p.message());
                    }
                })
                .onSuccess(r -> finish(r.failures().isEmpty() ? null
                        : r.failures().size() + (r.failures().size() == 1 ? " article" : " articles") + " could not be analysed: "
                        + r.failures().get(0)))
                .onCancelled(() -> finish(null))
                .onFailure(e -> finish("Re-analysis failed: " + e.getMessage())));
        if (running.get()) {
            task = handle;
        }
    }

    public void onCancel() {
        if (running.get()) {
            message.set("Cancelling…");
            cancel.set(true);
            if (task != null) {
                task.cancel();
            }
        }
    }

    /** Hides the offer until the next start of the window. */
    public void onDismiss() {
        dismissed.set(true);
    }

    private void finish(String problem) {
        running.set(false);
        task = null;
        progress.set(0);
        afterReanalyse.run();
        onCheck();
        if (problem != null) {
            message.set(problem);
        } else {
            updateMessage();
        }
    }

    private void updateMessage() {
        if (running.get()) {
            return;
        }
        int n = stale.get();
        message.set(n == 0 ? "" : n == 1 ? "1 article was analysed by an older engine"
                : n + " articles were analysed by an older engine");
    }

    /** For the view: the button reads "Re-analyse" and is offered only while not running. */
    BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> !running.get() && stale.get() > 0, running, stale);
    }
}
