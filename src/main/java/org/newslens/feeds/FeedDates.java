package org.newslens.feeds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of item dates: RFC 822/1123 ("Tue, 22 Apr 2025 09:30:00 +0000") and ISO 8601 /
 * W3C-DTF ("2025-04-22T09:30:00Z"). The day is the one written, i.e. in the publisher's own time
 * zone. Anything else, or an impossible day (31 February), is no date: never a guessed one.
 */
final class FeedDates {
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2}|\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:\\s*(?:[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}))?)?\\s*$");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private FeedDates() {
    }

    /** The day written, or null. */
    static LocalDate day(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = RFC822.matcher(s);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month == null) return null;
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
                return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31 February, month 13...
        }
        return null;
    }
}
