package org.newslens.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedScheduleTest {
    static final Instant NOW = Instant.parse("2025-04-23T08:00:00Z");

    @Test
    void intervalDefaultOverrideAndFloor() {
        assertEquals(NOW.plus(Duration.ofMinutes(60)), FeedSchedule.nextFetch(NOW, null, 0, null));
        assertEquals(NOW.plus(Duration.ofMinutes(30)), FeedSchedule.nextFetch(NOW, 30, 0, null));
        assertEquals(NOW.plus(Duration.ofMinutes(10)), FeedSchedule.nextFetch(NOW, 2, 0, null), "never more often than every 10 min");
        assertEquals(NOW.plus(Duration.ofHours(6)), FeedSchedule.nextFetch(NOW, 360, 0, null));
    }

    @Test
    void backoffDoublesFromOneHourToADay() {
        long[] hours = {1, 2, 4, 8, 16, 24, 24, 24};
        for (int i = 0; i < hours.length; i++) {
            assertEquals(NOW.plus(Duration.ofHours(hours[i])), FeedSchedule.nextFetch(NOW, null, i + 1, null), "failure " + (i + 1));
        }
        assertEquals(NOW.plus(Duration.ofHours(24)), FeedSchedule.nextFetch(NOW, null, 1000, null));
        assertEquals(NOW.plus(Duration.ofHours(3)), FeedSchedule.nextFetch(NOW, 180, 1, null), "a longer own interval wins over a short back-off");
    }

    @Test
    void retryAfterIsHonouredUpToADay() {
        assertEquals(NOW.plus(Duration.ofHours(3)), FeedSchedule.nextFetch(NOW, null, 1, NOW.plus(Duration.ofHours(3))));
        assertEquals(NOW.plus(Duration.ofHours(24)), FeedSchedule.nextFetch(NOW, null, 1, NOW.plus(Duration.ofDays(30))));
        assertEquals(NOW.plus(Duration.ofHours(1)), FeedSchedule.nextFetch(NOW, null, 1, NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void due() {
        assertTrue(FeedSchedule.isDue(null, NOW));
        assertTrue(FeedSchedule.isDue(NOW, NOW));
        assertFalse(FeedSchedule.isDue(NOW.plusSeconds(1), NOW));
    }
}
