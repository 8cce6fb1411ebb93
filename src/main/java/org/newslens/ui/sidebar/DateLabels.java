package org.newslens.ui.sidebar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable labels for TIMEX3 values: "Wed 23 Apr 2025", "week 17 of 2025", "3 days", "23 April (year unknown)". */
public final class DateLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern NO_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern DURATION = Pattern.compile("PT?([0-9.]+|X)([YMWDH])");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}|MO|AF|EV|NI)");

    private DateLabels() {
    }

    public static String label(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        Matcher m;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).format(DAY);
            }
            if ((m = TIME.matcher(value)).matches()) {
                String part = switch (m.group(2)) {
                    case "MO" -> "morning";
                    case "AF" -> "afternoon";
                    case "EV" -> "evening";
                    case "NI" -> "night";
                    default -> m.group(2);
                };
                return LocalDate.parse(m.group(1)).format(DAY) + ", " + part;
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
                    ? YearMonth.of(Integer.parseInt(m.group(1)), month).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1)
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
                    ? Integer.parseInt(m.group(2)) + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " (year unknown)"
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
        return switch (value) {
            case "PRESENT_REF" -> "now";
            case "PAST_REF" -> "the past";
            case "FUTURE_REF" -> "the future";
            default -> value;
        };
    }

    /** Calendar order: dated values by their text (ISO sorts by time), then the rest. */
    public static String sortKey(String value) {
        return (value != null && value.matches("\\d{4}.*") ? "0" : "1") + value;
    }
}
