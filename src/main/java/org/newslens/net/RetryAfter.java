package org.newslens.net;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a server asked us to wait: Retry-After (delta-seconds or HTTP-date), else Cache-Control max-age. */
final class RetryAfter {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,12})\"?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private RetryAfter() {
    }

    /** The wait asked for, never negative; empty when neither header says (or says nonsense). */
    static Optional<Duration> parse(String retryAfter, String cacheControl, Instant now) {
        if (retryAfter != null && !retryAfter.isBlank()) {
            String v = retryAfter.strip();
            if (v.matches("\\d{1,12}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            Optional<Instant> date = httpDate(v);
            if (date.isPresent()) {
                Duration d = Duration.between(now, date.get());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            }
        }
        if (cacheControl != null) {
            Matcher m = MAX_AGE.matcher(cacheControl);
            if (m.find()) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** An HTTP-date in any of its three forms (RFC 9110 §5.6.7). */
    static Optional<Instant> httpDate(String v) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850}) {
            try {
                return Optional.of(ZonedDateTime.parse(v, f).toInstant());
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(v, ASCTIME).toInstant(java.time.ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
