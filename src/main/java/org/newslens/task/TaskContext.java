package org.newslens.task;

/** What running work sees: report progress, check for cancel. */
public interface TaskContext {
    /** Reports {@code done} of {@code total} steps (total &lt;= 0: indeterminate) with a short message. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** A context for work run outside any executor (e.g. the command line): never cancelled. */
    static TaskContext none() {
        return new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                // nobody listens
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
