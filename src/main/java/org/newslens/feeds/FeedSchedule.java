package org.newslens.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is fetched next. A pure function of the time, the feed's interval override, its
 * consecutive failures and what the host asked for: every 60 minutes by default, never more often
 * than every 10; after failures, back off 1 h doubling up to 24 h.
 */
public final class FeedSchedule {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(60);
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(10);
    public static final Duration FIRST_BACKOFF = Duration.ofHours(1);
    public static final Duration MAX_BACKOFF = Duration.ofHours(24);

    private FeedSchedule() {
    }

    /** The interval a feed is refreshed at: its override if any, never under the floor. */
    public static Duration interval(Integer overrideMinutes) {
        Duration d = overrideMinutes == null ? DEFAULT_INTERVAL : Duration.ofMinutes(overrideMinutes);
        return d.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : d;
    }

    /** The back-off after {@code failures} consecutive failures (≥ 1): 1 h, 2 h, 4 h... capped at 24 h. */
    public static Duration backoff(int failures) {
        if (failures <= 0) return Duration.ZERO;
        int doublings = Math.min(failures - 1, 16);
        Duration d = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /**
     * @param now                 when the fetch ended
     * @param overrideMinutes     the feed's own interval, or null
     * @param consecutiveFailures failures including this fetch (0 when it worked)
     * @param retryAfter          when the host said to come back (Retry-After), or null; honoured up to 24 h
     */
    public static Instant nextFetch(Instant now, Integer overrideMinutes, int consecutiveFailures, Instant retryAfter) {
        Duration wait = interval(overrideMinutes);
        Duration back = backoff(consecutiveFailures);
        if (back.compareTo(wait) > 0) wait = back;
        Instant next = now.plus(wait);
        if (retryAfter != null) {
            Instant capped = retryAfter.isAfter(now.plus(MAX_BACKOFF)) ? now.plus(MAX_BACKOFF) : retryAfter;
            if (capped.isAfter(next)) next = capped;
        }
        return next;
    }

    /** True when a feed should be fetched at {@code now} by the schedule (never fetched, or its time has come). */
    public static boolean isDue(Instant nextFetch, Instant now) {
        return nextFetch == null || !now.isBefore(nextFetch);
    }
}
