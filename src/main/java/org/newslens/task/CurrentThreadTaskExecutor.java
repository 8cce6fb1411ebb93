package org.newslens.task;

/**
 * Runs each task to its end on the calling thread, callbacks included: for tests and the command line.
 * Outcomes are those of {@link ThreadPoolTaskExecutor}: whatever the work throws ({@link Throwable},
 * errors included) goes to the failure callback, or to the cancelled one after a cancel; an exception
 * thrown by a callback itself propagates to the caller.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] flags = new boolean[2]; // cancelled, done
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                flags[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return flags[0];
            }

            @Override
            public boolean isDone() {
                return flags[1];
            }
        };
        TaskContext context = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                task.progressHandler().accept(Progress.of(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return flags[0];
            }
        };
        T result;
        try {
            result = task.work().run(context);
        } catch (Throwable e) { // as ThreadPoolTaskExecutor: every task ends in exactly one callback
            flags[1] = true;
            if (flags[0]) {
                task.cancelledHandler().run();
            } else {
                task.failureHandler().accept(e);
            }
            return handle;
        }
        flags[1] = true;
        if (flags[0]) {
            task.cancelledHandler().run();
        } else {
            task.successHandler().accept(result); // outside the try: a failing callback is not a failed task
        }
        return handle;
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
