package org.newslens.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TIMEX3 value arithmetic: granularity, shifting, truncating; number and unit words. No text rules. */
final class TimexValues {
    private TimexValues() {}

    static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    static final Pattern PART = Pattern.compile("^(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$");
    static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    private static final Map<String, Integer> NUM = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
    /** Number words and digits the grammar accepts as a quantity (regex alternation). */
    static final String NUMBER = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3})";

    static int number(String s) {
        Integer n = NUM.get(s.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(s);
    }

    /** The unit letter of a unit word ("weeks" -> W, "decade" -> E, "hour" -> H, "quarter" -> Q). */
    static char unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("decade")) return 'E';
        if (w.startsWith("centur")) return 'C';
        if (w.startsWith("year")) return 'Y';
        if (w.startsWith("quarter")) return 'Q';
        if (w.startsWith("month")) return 'M';
        if (w.startsWith("week")) return 'W';
        if (w.startsWith("hour")) return 'H';
        if (w.startsWith("minute")) return 'N';
        return 'D';
    }

    /** A duration of {@code n} (a number or "X") units: P3Y, P1.5M, PT4H, P10Y for a decade. */
    static String duration(String n, char unit) {
        return switch (unit) {
            case 'H' -> "PT" + n + "H";
            case 'N' -> "PT" + n + "M";
            case 'E' -> n.equals("X") ? "PXY" : "P" + times(n, 10) + "Y";       // news practice: "decades-long" PXY
            case 'C' -> n.equals("X") ? "PXY" : "P" + times(n, 100) + "Y";
            default -> "P" + n + unit;
        };
    }

    private static String times(String n, int k) {
        double v = Double.parseDouble(n) * k;
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A calendar day with a clock time or part of day ("2024-03-12T17:30", "2024-03-12TMO"). */
    static boolean isDateTime(String v) {
        if (v == null) return false;
        Matcher m = DAY.matcher(v);
        return m.matches() && m.group(4) != null;
    }

    /** Exactly a calendar day ("2024-03-12"). */
    static boolean isDate(String v) {
        if (v == null) return false;
        Matcher m = DAY.matcher(v);
        return m.matches() && m.group(4) == null;
    }

    /** A calendar day, with or without a time. */
    static boolean hasDate(String v) {
        return v != null && DAY.matcher(v).matches();
    }

    /** Part-of-speech tag classes used by the rules: nouns, adjectives. */
    static boolean noun(String pos) { return pos.startsWith("NN"); }

    static boolean adjective(String pos) { return pos.startsWith("JJ"); }

    /** Granularity of a point value: Y, H, Q, S (season), M, W, D, T; 0 for anything else. */
    static char granularity(String v) {
        if (v == null) return 0;
        Matcher d = DAY.matcher(v);
        if (d.matches()) return d.group(4) != null ? 'T' : 'D';
        if (WEEK.matcher(v).matches()) return 'W';
        if (MONTH.matcher(v).matches()) return 'M';
        Matcher p = PART.matcher(v);
        if (p.matches()) return p.group(2).startsWith("Q") ? 'Q' : p.group(2).startsWith("H") ? 'H' : 'S';
        if (YEAR.matcher(v).matches()) return 'Y';
        return 0;
    }

    /** Rank of a granularity, finer is higher: Y < H < Q < M < W < D < T. */
    static int rank(char g) {
        return "YHQSMWDT".indexOf(g);
    }

    /** A day inside the period a point value names (its first day); null if it names none. */
    static LocalDate firstDay(String v) {
        if (v == null) return null;
        Matcher m = DAY.matcher(v);
        if (m.matches()) return LocalDate.parse(v.substring(0, 10));
        m = WEEK.matcher(v);
        if (m.matches()) return weekMonday(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = MONTH.matcher(v);
        if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        m = PART.matcher(v);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            String p = m.group(2);
            int month = switch (p) {
                case "H2" -> 7; case "Q2" -> 4; case "Q3" -> 7; case "Q4" -> 10;
                case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; case "WI" -> 12; default -> 1;
            };
            return LocalDate.of(y, month, 1);
        }
        m = YEAR.matcher(v);
        if (m.matches()) return LocalDate.of(Integer.parseInt(v), 1, 1);
        return null;
    }

    /** The point {@code day} falls in, at granularity {@code g} (Y, Q, M, W, D). */
    static String at(LocalDate day, char g) {
        return switch (g) {
            case 'Y' -> String.format(Locale.ROOT, "%04d", day.getYear());
            case 'Q' -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() + 2) / 3);
            case 'H' -> String.format(Locale.ROOT, "%04d-H%d", day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case 'M' -> YearMonth.from(day).toString();
            case 'W' -> week(day);
            case 'E' -> String.valueOf(day.getYear() / 10);
            case 'C' -> String.valueOf(day.getYear() / 100);
            default -> day.toString();
        };
    }

    static LocalDate shift(LocalDate d, int n, char unit) {
        return switch (unit) {
            case 'Y' -> d.plusYears(n);
            case 'E' -> d.plusYears(10L * n);
            case 'C' -> d.plusYears(100L * n);
            case 'Q' -> d.plusMonths(3L * n);
            case 'H' -> d.plusMonths(6L * n);
            case 'M' -> d.plusMonths(n);
            case 'W' -> d.plusWeeks(n);
            default -> d.plusDays(n);
        };
    }

    /**
     * A point value moved by {@code n} units, keeping its own granularity when that is between the
     * unit's and a day (2023-Q3 minus one year is 2022-Q3); otherwise at the unit's granularity.
     */
    static String shiftKeeping(String v, int n, char unit) {
        char g = granularity(v);
        LocalDate d = firstDay(v);
        if (d == null) return null;
        LocalDate moved = shift(d, n, unit);
        if ((g == 'Q' || g == 'H' || g == 'M' || g == 'S') && rank(g) > rank(unit)) {
            if (g == 'S') return moved.getYear() + v.substring(4);
            return at(moved, g);
        }
        return at(moved, unit);
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static LocalDate weekMonday(int weekYear, int week) {
        return LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    static DayOfWeek weekday(String stem) {
        return switch (stem.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /** 1-12 for a month name or abbreviation ("Sept.", "mar"), else 0. */
    static int month(String word) {
        if (word.length() < 3) return 0;
        try {
            return PublishedDateInference.monthOf(word);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
