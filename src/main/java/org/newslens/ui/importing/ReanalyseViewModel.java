package org.newslens.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.newslens.library.ReextractService;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.task.TaskViewModel;

/**
 * Offers to analyse again the articles an older engine analysed: {@link #onCheck} counts them in the
 * background; the bar shows "N articles were analysed by an older engine — Re-analyse" until the user
 * re-analyses (in the background, with progress and cancel) or dismisses it for this session.
 */
public final class ReanalyseViewModel extends TaskViewModel {
    private final ReextractService service;
    private final TaskExecutor executor;
    private final Runnable afterReanalyse;
    private final ReadOnlyIntegerWrapper stale = new ReadOnlyIntegerWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper dismissed = new ReadOnlyBooleanWrapper(this, "dismissed");
    private final BooleanBinding visible;

    /** {@code afterReanalyse} runs on the callback thread when a run ends (the window reloads what it shows). */
    public ReanalyseViewModel(ReextractService service, TaskExecutor executor, Runnable afterReanalyse) {
        this.service = service;
        this.executor = executor;
        this.afterReanalyse = afterReanalyse;
        this.visible = task.runningProperty().or(stale.greaterThan(0).and(dismissed.not()));
        stale.addListener((o, was, now) -> updateMessage());
        updateMessage();
    }

    /** Articles analysed by an older engine, as last counted. */
    public ReadOnlyIntegerProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The bar shows while re-analysing, or while stale articles wait and the user has not dismissed it. */
    public ObservableBooleanValue visibleProperty() {
        return visible;
    }

    /** Counts the stale articles in the background (after start-up and after each import). */
    public void onCheck() {
        if (task.isRunning()) {
            return;
        }
        executor.execute(BackgroundTask.<Integer>of("Count stale articles", ctx -> service.staleCount())
                .onSuccess(n -> {
                    if (!task.isRunning()) {
                        stale.set(n);
                    }
                })
                .onFailure(e -> stale.set(0)));
    }

    /** Re-analyses the stale articles in the background; ignored while a run is going on. */
    public void onReanalyse() {
        if (task.isRunning() || stale.get() == 0) {
            return;
        }
        task.<ReextractService.Result>task("Re-analyse", "Re-analysing…", ctx -> service.run(false, ctx))
                .onSuccess(r -> finish(r.failures().isEmpty() ? null
                        : r.failures().size() + (r.failures().size() == 1 ? " article" : " articles") + " could not be analysed: "
                        + r.failures().get(0)))
                .onCancelled(() -> finish(null))
                .onFailure(e -> finish("Re-analysis failed: " + e.getMessage()))
                .start(executor);
    }

    public void onCancel() {
        task.cancel();
    }

    /** Hides the offer until the next start of the window. */
    public void onDismiss() {
        dismissed.set(true);
    }

    private void finish(String problem) {
        afterReanalyse.run();
        onCheck();
        if (problem != null) {
            task.setMessage(problem);
        } else {
            updateMessage();
        }
    }

    private void updateMessage() {
        if (task.isRunning()) {
            return;
        }
        int n = stale.get();
        task.setMessage(n == 0 ? "" : n == 1 ? "1 article was analysed by an older engine"
                : n + " articles were analysed by an older engine");
    }

    /** For the view: the button reads "Re-analyse" and is offered only while not running. */
    BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> !task.isRunning() && stale.get() > 0, task.runningProperty(), stale);
    }
}
