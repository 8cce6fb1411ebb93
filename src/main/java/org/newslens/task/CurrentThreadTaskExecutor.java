package org.newslens.task;

/** Runs each task to its end on the calling thread, callbacks included: for tests and the command line. */
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
        try {
            T result = task.work().run(context);
            flags[1] = true;
            if (flags[0]) {
                task.cancelledHandler().run();
            } else {
                task.successHandler().accept(result);
            }
        } catch (Exception e) {
            flags[1] = true;
            task.failureHandler().accept(e);
        }
        return handle;
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
