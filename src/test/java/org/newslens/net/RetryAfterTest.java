package org.newslens.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2030-05-01T12:00:00Z");

    @Test
    void secondsDatesAndMaxAge() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse(" 90 ", null, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(30)), RetryAfter.parse("Wed, 01 May 2030 12:30:00 GMT", null, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(30)), RetryAfter.parse("Wednesday, 01-May-30 12:30:00 GMT", null, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(30)), RetryAfter.parse("Wed May  1 12:30:00 2030", null, NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 01 May 2030 11:00:00 GMT", null, NOW), "a past date: now");
        assertEquals(Optional.of(Duration.ofSeconds(300)), RetryAfter.parse(null, "no-cache, max-age=300", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(300)), RetryAfter.parse("soon", "max-age=\"300\"", NOW), "garbage falls back");
        assertEquals(Optional.empty(), RetryAfter.parse(null, "s-maxage=300", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", null, NOW));
    }

    @Test
    void reasons() {
        assertEquals("10 MiB", Reasons.size(10L * 1024 * 1024));
        assertEquals("64 KiB", Reasons.size(64 * 1024));
        assertEquals("1500 bytes", Reasons.size(1500));
        assertEquals("30 s", Reasons.duration(Duration.ofSeconds(30)));
        assertEquals("1.5 s", Reasons.duration(Duration.ofMillis(1500)));
        assertEquals("404 Not Found", Reasons.status(404));
    }
}
