package org.newslens.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where NewsLens writes and reads dates for people: days in the user's locale
 * ({@link DateTimeFormatter#ofLocalizedDate}), TIMEX3 values in words, typed dates in ISO or the
 * locale's form. The window (list, reader, sidebar, timeline, filter) and the readable parts of
 * exports and the dossier all use it.
 */
public final class ReadableDates {
    public static final String UNDATED = "Undated";

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern NO_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern DURATION = Pattern.compile("PT?([0-9.]+|X)([YMWDH])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}|MO|AF|EV|NI)");

    private ReadableDates() {
    }

    /** The user's locale for dates (the format category of the default locale). */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** A day in the one date style of NewsLens: the locale's medium form ("Jun 1, 2009", "1 Jun 2009"). */
    public static String day(LocalDate date) {
        return date == null ? UNDATED : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A month: "June 2009" in the user's language. */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, locale()) + " " + month.getYear();
    }

    /**
     * A month in short, for axis labels: the locale's medium date without its day ("Jun 2009" in the
     * US and the UK).
     */
    public static String shortMonth(YearMonth month) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                java.time.chrono.IsoChronology.INSTANCE, locale());
        String withoutDay = pattern.replaceAll("\\s*\\bd+\\b[.,]?\\s*", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^[.,/-]+|[.,/-]+$", "").strip();
        try {
            return DateTimeFormatter.ofPattern(withoutDay.isEmpty() ? "MMM y" : withoutDay, locale()).format(month.atDay(1));
        } catch (IllegalArgumentException e) {
            return DateTimeFormatter.ofPattern("MMM y", locale()).format(month.atDay(1));
        }
    }

    /**
     * A typed date: ISO ({@code 2009-06-01}) or the locale's short or medium form ({@code 6/1/09},
     * {@code Jun 1, 2009}); empty when it is neither. Never throws.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()),
                shortWithFullYear())) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The locale's short form with a four-digit year (6/1/2009 as well as 6/1/09). */
    private static DateTimeFormatter shortWithFullYear() {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                java.time.chrono.IsoChronology.INSTANCE, locale());
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale());
    }

    /**
     * A TIMEX3 value in words: "Jun 1, 2009", "week 17 of 2025", "April 2025", "3 days", "the future";
     * never an internal code.
     */
    public static String label(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        Matcher m;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(LocalDate.parse(value));
            }
            if ((m = TIME.matcher(value)).matches()) {
                String part = switch (m.group(2)) {
                    case "MO" -> "morning";
                    case "AF" -> "afternoon";
                    case "EV" -> "evening";
                    case "NI" -> "night";
                    default -> m.group(2);
                };
                return day(LocalDate.parse(m.group(1))) + ", " + part;
            }
        } catch (DateTimeParseException e) {
            return value;
        }
        if ((m = WEEK.matcher(value)).matches()) {
            return (value.endsWith("-WE") ? "weekend of week " : "week ") + Integer.parseInt(m.group(2)) + " of " + m.group(1);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? YearMonth.of(Integer.parseInt(m.group(1)), month).getMonth().getDisplayName(TextStyle.FULL, locale()) + " " + m.group(1)
                    : value;
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return "Q" + m.group(2) + " " + m.group(1);
        }
        if (YEAR.matcher(value).matches()) {
            return value;
        }
        if ((m = NO_YEAR.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12
                    ? Integer.parseInt(m.group(2)) + " " + Month.of(month).getDisplayName(TextStyle.FULL, locale()) + " (year unknown)"
                    : value;
        }
        if ((m = DURATION.matcher(value)).matches()) {
            String n = m.group(1);
            String unit = switch (m.group(2)) {
                case "Y" -> "year";
                case "M" -> value.startsWith("PT") ? "minute" : "month";
                case "W" -> "week";
                case "D" -> "day";
                default -> "hour";
            };
            if (n.equals("X")) {
                return "several " + unit + "s";
            }
            return n + " " + unit + (n.equals("1") ? "" : "s");
        }
        if ((m = SEASON.matcher(value)).matches()) {
            String season = switch (m.group(2)) {
                case "SP" -> "spring";
                case "SU" -> "summer";
                case "FA" -> "autumn";
                default -> "winter";
            };
            return season + " " + m.group(1);
        }
        if ((m = PART_OF_YEAR.matcher(value)).matches()) {
            return (m.group(2).equals("1") ? "first half of " : "second half of ") + m.group(1);
        }
        if (value.matches("\\d{3}X")) {
            return "the " + value.substring(0, 3) + "0s";
        }
        if (value.matches("\\d{2}XX")) {
            return "the " + value.substring(0, 2) + "00s";
        }
        return switch (value) {
            case "PRESENT_REF" -> "now";
            case "PAST_REF" -> "the past";
            case "FUTURE_REF" -> "the future";
            default -> value.matches("P.*") ? "a period" : value.contains("X") ? "a date" : value;
        };
    }

    /** Calendar order: dated values by their text (ISO sorts by time), then the rest. */
    public static String sortKey(String value) {
        return (value != null && value.matches("\\d{4}.*") ? "0" : "1") + value;
    }
}
