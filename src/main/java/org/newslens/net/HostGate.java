package org.newslens.net;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: one request at a time to a host and a few in all, an optional pause between
 * two requests to the same host, and the back-off a host asked for (429/503), during which requests
 * to it fail at once without touching the network.
 */
final class HostGate {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UNTIL_DAY = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Semaphore all;
    private final ConcurrentHashMap<String, Semaphore> perHost = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> lastRequest = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> backOff = new ConcurrentHashMap<>();
    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;

    HostGate(int connections, Duration interval, Clock clock, Sleeper sleeper) {
        this.all = new Semaphore(Math.max(1, connections), true);
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Fails with BACKING_OFF while {@code host} asked us to wait. */
    void checkBackOff(String host) throws FetchException {
        Instant until = backOff.get(host);
        if (until == null) {
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(until)) {
            backOff.remove(host, until);
            return;
        }
        DateTimeFormatter f = Duration.between(now, until).toHours() >= 12 ? UNTIL_DAY : UNTIL;
        throw new FetchException(FetchException.Kind.BACKING_OFF, 0, until,
                hostName(host) + " asked to wait until " + f.format(until), null);
    }

    /** Remembers that {@code host} asked us to wait until {@code until} (a later wait already known wins). */
    void backOff(String host, Instant until) {
        backOff.merge(host, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Waits for this host's turn and a free connection, then for the pause since its last request. */
    void enter(String host) throws InterruptedException {
        Semaphore own = perHost.computeIfAbsent(host, h -> new Semaphore(1, true));
        own.acquire();
        try {
            all.acquire();
        } catch (InterruptedException e) {
            own.release();
            throw e;
        }
        try {
            Instant last = lastRequest.get(host);
            if (last != null && !interval.isZero()) {
                Duration wait = interval.minus(Duration.between(last, clock.instant()));
                if (!wait.isNegative() && !wait.isZero()) {
                    sleeper.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            leave(host);
            throw e;
        }
    }

    void leave(String host) {
        lastRequest.put(host, clock.instant());
        all.release();
        perHost.get(host).release();
    }

    private static String hostName(String key) {
        int colon = key.lastIndexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }
}
