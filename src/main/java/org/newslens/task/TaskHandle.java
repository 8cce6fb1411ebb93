package org.newslens.task;

/** A running task: ask it to stop. Work stops at its next cancellation check. */
public interface TaskHandle {
    void cancel();

    boolean isCancelled();

    boolean isDone();
}
