package org.newslens.ui.timing;

import java.time.Duration;

/**
 * Where a {@link Debouncer} runs its action, and the clock it measures waits with. The window uses
 * {@link #fx()} (the FX thread) or {@link #on(java.util.concurrent.ScheduledExecutorService)}; tests
 * use a fake one whose time moves only when the test says so.
 */
public interface Scheduler {
    /** A scheduled run that can still be called off. */
    interface Scheduled {
        void cancel();
    }

    /** Monotonic time in nanoseconds ({@link System#nanoTime()} outside tests). */
    long nanoTime();

    /** Runs {@code action} once, {@code delay} from now. */
    Scheduled schedule(Duration delay, Runnable action);

    /** Runs actions on the FX thread (a pause transition each); schedule from the FX thread. */
    static Scheduler fx() {
        return FxScheduler.INSTANCE;
    }

    /** Runs actions on {@code executor}'s thread. */
    static Scheduler on(java.util.concurrent.ScheduledExecutorService executor) {
        return new ExecutorScheduler(executor);
    }
}
