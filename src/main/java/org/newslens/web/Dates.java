package org.newslens.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day of a metadata timestamp, as written: {@code 2019-11-19T23:30:00-05:00} is the
 * 19th (its own offset, not converted to UTC). Anything that is not a real day gives null.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern ISO_SLASH = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            pattern("EEE, d MMM yyyy"), pattern("d MMM yyyy"), pattern("MMM d, yyyy"), pattern("MMMM d, yyyy"),
            pattern("d MMMM yyyy"), pattern("EEEE, MMMM d, yyyy"), pattern("EEEE, d MMMM yyyy"));
    private static final Pattern WRITTEN_PREFIX = Pattern.compile(
            "^((?:[A-Za-z]+,?\\s+)?(?:\\d{1,2}\\s+[A-Za-z]+\\.?|[A-Za-z]+\\.?\\s+\\d{1,2},?)\\s+\\d{4})");

    private Dates() {
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    static LocalDate parse(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 100) return null;
        for (Pattern p : List.of(ISO, ISO_SLASH, COMPACT)) {
            Matcher m = p.matcher(s);
            if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        }
        Matcher w = WRITTEN_PREFIX.matcher(s);
        if (w.find()) {
            String text = w.group(1).replace(".", "").replaceAll("\\s+", " ").replace(" ,", ",");
            for (DateTimeFormatter f : WRITTEN) {
                try {
                    return plausible(LocalDate.parse(text, f));
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        return null;
    }

    private static LocalDate day(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
    }
}
