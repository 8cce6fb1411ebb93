package org.newslens.ui.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one debouncer, on a fake clock. */
class DebouncerTest {
    private final FakeScheduler clock = new FakeScheduler();
    private final List<Long> runs = new ArrayList<>();

    private Debouncer debouncer(Duration delay, Duration maxWait) {
        return new Debouncer(clock, delay, maxWait, () -> runs.add(clock.nowMillis()));
    }

    @Test
    void runsOnceADelayAfterTheLastTrigger() {
        Debouncer d = debouncer(Duration.ofMillis(800), null);
        d.trigger();
        clock.advance(Duration.ofMillis(500));
        d.trigger();
        clock.advance(Duration.ofMillis(799));
        assertEquals(List.of(), runs);
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(1300L), runs);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(1300L), runs, "once per burst");
    }

    @Test
    void withoutAMaximumAnEndlessBurstNeverRuns() {
        Debouncer d = debouncer(Duration.ofMillis(800), null);
        for (int i = 0; i < 60; i++) {
            d.trigger();
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(List.of(), runs);
    }

    @Test
    void aBurstThatNeverPausesRunsAtLeastOncePerMaximumWait() {
        Debouncer d = debouncer(Duration.ofMillis(800), Duration.ofSeconds(1));
        for (int i = 0; i < 60; i++) { // a keystroke every 100 ms for 6 s
            d.trigger();
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(List.of(1000L, 2000L, 3000L, 4000L, 5000L, 6000L), runs);
    }

    @Test
    void flushRunsAPendingActionNowAndCancelForgetsIt() {
        Debouncer d = debouncer(Duration.ofMillis(800), Duration.ofSeconds(1));
        d.flush();
        assertEquals(List.of(), runs, "nothing pending, nothing run");
        d.trigger();
        assertTrue(d.isPending());
        d.flush();
        assertEquals(List.of(0L), runs);
        assertFalse(d.isPending());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(0L), runs, "the flushed run does not run again");

        d.trigger();
        d.cancel();
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(0L), runs);
    }

    @Test
    void aMaximumShorterThanTheDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> debouncer(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
