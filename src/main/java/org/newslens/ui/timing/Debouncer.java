package org.newslens.ui.timing;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs an action once, {@code delay} after the last {@link #trigger()}, but never later than
 * {@code maxWait} after the first trigger of a burst: a burst that never pauses (someone typing without
 * stopping) still runs the action at least once per {@code maxWait}. {@link #flush()} runs a pending
 * action now; {@link #cancel()} forgets it. The one debouncer of the window (preferences, the note
 * editor, search fields); safe to trigger from one thread while it fires on another.
 */
public final class Debouncer {
    private final Scheduler scheduler;
    private final long delayNanos;
    private final long maxWaitNanos;
    private final Runnable action;
    private Scheduler.Scheduled pending;
    /** Increases with every schedule, so that a run that was called off too late does nothing. */
    private long generation;
    private long burstStart;

    /** A plain debouncer: the action runs {@code delay} after the last trigger, however long the burst. */
    public Debouncer(Scheduler scheduler, Duration delay, Runnable action) {
        this(scheduler, delay, null, action);
    }

    /** @param maxWait the longest a trigger waits for its run; null for no limit */
    public Debouncer(Scheduler scheduler, Duration delay, Duration maxWait, Runnable action) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.delayNanos = delay.toNanos();
        this.maxWaitNanos = maxWait == null ? Long.MAX_VALUE : maxWait.toNanos();
        if (maxWait != null && maxWait.compareTo(delay) < 0) {
            throw new IllegalArgumentException("maxWait " + maxWait + " is shorter than the delay " + delay);
        }
        this.action = Objects.requireNonNull(action);
    }

    /** Something changed: (re)schedules the action. */
    public void trigger() {
        synchronized (this) {
            long now = scheduler.nanoTime();
            if (pending == null) {
                burstStart = now;
            } else {
                pending.cancel();
            }
            long untilMax = maxWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : burstStart + maxWaitNanos - now;
            long wait = Math.max(0, Math.min(delayNanos, untilMax));
            long mine = ++generation;
            pending = scheduler.schedule(Duration.ofNanos(wait), () -> fire(mine));
        }
    }

    private void fire(long scheduled) {
        synchronized (this) {
            if (scheduled != generation || pending == null) {
                return;
            }
            pending = null;
        }
        action.run();
    }

    /** Whether a run is scheduled. */
    public synchronized boolean isPending() {
        return pending != null;
    }

    /** Forgets the pending run, if any. */
    public void cancel() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
            generation++;
        }
    }

    /** Runs the pending action on the calling thread, if there is one. */
    public void flush() {
        boolean run;
        synchronized (this) {
            run = pending != null;
            cancel();
        }
        if (run) {
            action.run();
        }
    }
}
