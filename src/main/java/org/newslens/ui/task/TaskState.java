package org.newslens.ui.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.task.BackgroundTask;
import org.newslens.task.Progress;
import org.newslens.task.TaskContext;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;

/**
 * The state of a view model's one cancellable background task at a time (an import, a re-analysis, a
 * feed refresh): running, progress, message and Cancel, as read-only properties, bound to the task
 * that {@link #task} starts on the {@link TaskExecutor}. While it runs, progress reports show (until
 * Cancel); when it ends, running is false and progress 0 before the view model's own callback runs.
 * Cancel is seen by the work at its next check even before the executor's handle is known (an executor
 * that runs the work on the calling thread returns the handle only at the end).
 */
public final class TaskState {
    private final ReadOnlyBooleanWrapper running;
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper message;
    private AtomicBoolean cancel = new AtomicBoolean();
    private TaskHandle handle;

    /** {@code bean}: the view model that exposes these properties. */
    public TaskState(Object bean) {
        this.running = new ReadOnlyBooleanWrapper(bean, "running");
        this.progress = new ReadOnlyDoubleWrapper(bean, "progress", -1);
        this.message = new ReadOnlyStringWrapper(bean, "message", "");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1] while running, or -1 while the amount of work is not known; 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening now, or what the view model last said. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** What the view model says while no progress report speaks (an idle offer, an outcome, a failure). */
    public void setMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** Asks the running task to stop ("Cancelling…" until it ends); nothing when idle. */
    public void cancel() {
        if (running.get()) {
            message.set("Cancelling…");
            cancel.set(true);
            if (handle != null) {
                handle.cancel();
            }
        }
    }

    /** A task to start with {@link Start#start}; its callbacks are set as on a {@link BackgroundTask}. */
    public <T> Start<T> task(String title, String firstMessage, BackgroundTask.Work<T> work) {
        return new Start<>(title, firstMessage, work);
    }

    /** A task being set up: the view model's callbacks, run after this state has shown the event. */
    public final class Start<T> {
        private final String title;
        private final String firstMessage;
        private final BackgroundTask.Work<T> work;
        private Consumer<Progress> onProgress = p -> { };
        private Consumer<? super T> onSuccess = r -> { };
        private Runnable onCancelled = () -> { };
        private Consumer<? super Throwable> onFailure = e -> { };

        private Start(String title, String firstMessage, BackgroundTask.Work<T> work) {
            this.title = Objects.requireNonNull(title);
            this.firstMessage = firstMessage;
            this.work = Objects.requireNonNull(work);
        }

        /** After a progress report is shown (not after Cancel). */
        public Start<T> onProgress(Consumer<Progress> c) {
            this.onProgress = Objects.requireNonNull(c);
            return this;
        }

        public Start<T> onSuccess(Consumer<? super T> c) {
            this.onSuccess = Objects.requireNonNull(c);
            return this;
        }

        public Start<T> onCancelled(Runnable r) {
            this.onCancelled = Objects.requireNonNull(r);
            return this;
        }

        public Start<T> onFailure(Consumer<? super Throwable> c) {
            this.onFailure = Objects.requireNonNull(c);
            return this;
        }

        /** Starts the task; false (nothing started) while another task of this state runs. */
        public boolean start(TaskExecutor executor) {
            if (running.get()) {
                return false;
            }
            AtomicBoolean flag = new AtomicBoolean();
            cancel = flag;
            running.set(true);
            progress.set(-1);
            setMessage(firstMessage);
            TaskHandle h = executor.execute(BackgroundTask.<T>of(title, ctx -> work.run(cancellable(ctx, flag)))
                    .onProgress(p -> {
                        if (running.get() && !flag.get()) {
                            progress.set(p.fraction());
                            message.set(p.message());
                            onProgress.accept(p);
                        }
                    })
                    .onSuccess(r -> {
                        end();
                        onSuccess.accept(r);
                    })
                    .onCancelled(() -> {
                        end();
                        onCancelled.run();
                    })
                    .onFailure(e -> {
                        end();
                        onFailure.accept(e);
                    }));
            if (running.get() && cancel == flag) {
                handle = h; // an executor that ran the work to its end already has nothing to cancel
            }
            return true;
        }
    }

    private void end() {
        running.set(false);
        progress.set(0);
        handle = null;
    }

    private static TaskContext cancellable(TaskContext ctx, AtomicBoolean cancel) {
        return new TaskContext() {
            @Override
            public void progress(long done, long total, String text) {
                ctx.progress(done, total, text);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get() || ctx.isCancelled();
            }
        };
    }
}
