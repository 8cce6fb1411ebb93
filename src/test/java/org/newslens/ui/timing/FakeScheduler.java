package org.newslens.ui.timing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} whose clock moves only when the test says so; due actions run on the test's thread. */
public final class FakeScheduler implements Scheduler {
    private long now;
    private long seq;
    private final List<Job> jobs = new ArrayList<>();

    private record Job(long due, long seq, Runnable action) {
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Job job = new Job(now + delay.toNanos(), seq++, action);
        jobs.add(job);
        return () -> jobs.remove(job);
    }

    /** Moves the clock on by {@code d}, running each action that falls due, in time order, at its time. */
    public void advance(Duration d) {
        long end = now + d.toNanos();
        while (true) {
            Job next = jobs.stream().filter(j -> j.due() <= end)
                    .min(Comparator.comparingLong(Job::due).thenComparingLong(Job::seq)).orElse(null);
            if (next == null) break;
            jobs.remove(next);
            now = Math.max(now, next.due());
            next.action().run();
        }
        now = end;
    }

    /** Runs everything scheduled (moving the clock to each action's time): "the wait is over". */
    public void fire() {
        while (!jobs.isEmpty()) {
            long due = jobs.stream().mapToLong(Job::due).max().orElse(now);
            advance(Duration.ofNanos(Math.max(0, due - now)));
        }
    }

    /** Whether an action is waiting. */
    public boolean isPending() {
        return !jobs.isEmpty();
    }

    public long nowMillis() {
        return now / 1_000_000;
    }
}
