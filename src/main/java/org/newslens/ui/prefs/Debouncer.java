package org.newslens.ui.prefs;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action once, a fixed delay after the last {@link #trigger()}; {@link #flush()} runs it now if pending. */
final class Debouncer {
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Runnable action;
    private ScheduledFuture<?> pending;

    Debouncer(ScheduledExecutorService scheduler, Duration delay, Runnable action) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.action = action;
    }

    synchronized void trigger() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::fire, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        synchronized (this) {
            pending = null;
        }
        action.run();
    }

    /** Runs the pending action on the calling thread, if there is one. */
    void flush() {
        boolean run;
        synchronized (this) {
            run = pending != null && pending.cancel(false);
            pending = null;
        }
        if (run) {
            action.run();
        }
    }
}
