package org.newslens.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work on daemon worker threads and hands every callback to {@code callbacks} (in the app,
 * {@code Platform::runLater}). Progress is coalesced: at most one report waits on the callback thread.
 * Every task ends in exactly one callback: the work's failure is caught as {@link Throwable}, not only
 * {@link Exception}, because an {@link Error} (a stack overflow in a regex, running out of memory on a
 * huge text, a model that fails to load) would otherwise end the worker silently and leave the window
 * waiting for an answer that never comes. {@link CurrentThreadTaskExecutor} does the same.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(ThreadPoolTaskExecutor.class.getName());
    private final ExecutorService workers;
    private final Executor callbacks;

    public ThreadPoolTaskExecutor(int threads, Executor callbacks) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newslens-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.callbacks = callbacks;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        try {
            workers.execute(() -> run(task, handle));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // Closed: a callback that arrives while the window goes (e.g. a cancelled import's) starts nothing.
            handle.cancel();
            handle.done.set(true);
        }
        return handle;
    }

    private <T> void run(BackgroundTask<T> task, Handle handle) {
        AtomicReference<Progress> pending = new AtomicReference<>();
        TaskContext context = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (pending.getAndSet(Progress.of(done, total, message)) == null) {
                    callbacks.execute(() -> task.progressHandler().accept(pending.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        try {
            T result = task.work().run(context);
            handle.done.set(true);
            if (handle.isCancelled()) {
                callbacks.execute(task.cancelledHandler());
            } else {
                callbacks.execute(() -> task.successHandler().accept(result));
            }
        } catch (Throwable e) {
            handle.done.set(true);
            if (handle.isCancelled()) {
                callbacks.execute(task.cancelledHandler());
            } else {
                LOG.log(Level.FINE, "Task failed: " + task.title(), e);
                callbacks.execute(() -> task.failureHandler().accept(e));
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static final class Handle implements TaskHandle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
