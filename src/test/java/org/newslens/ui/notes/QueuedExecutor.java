package org.newslens.ui.notes;

import java.util.ArrayDeque;
import java.util.Deque;
import org.newslens.task.BackgroundTask;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;

/** Holds tasks until the test runs them, one by one, on the current thread: work "in flight". */
final class QueuedExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        queue.add(() -> now.execute(task));
        return null;
    }

    int size() {
        return queue.size();
    }

    void runNext() {
        queue.poll().run();
    }

    void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void close() {
        queue.clear();
    }
}
