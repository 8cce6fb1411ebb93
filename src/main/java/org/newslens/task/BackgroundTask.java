package org.newslens.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to run off the UI thread, with callbacks that the executor delivers on its callback thread
 * (the FX thread in the app, the current thread in tests and the command line).
 */
public final class BackgroundTask<T> {
    /** The work itself; it reports progress and checks cancellation through the context. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<? super Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<Progress> onProgress = p -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        this.onCancelled = Objects.requireNonNull(r);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> c) {
        this.onProgress = Objects.requireNonNull(c);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<? super Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    Consumer<Progress> progressHandler() {
        return onProgress;
    }
}
