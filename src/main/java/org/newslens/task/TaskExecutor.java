package org.newslens.task;

/** The one way NewsLens runs background work. */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    @Override
    void close();
}
