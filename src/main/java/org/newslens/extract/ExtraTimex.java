package org.newslens.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions SUTime misses or normalises differently from TIMEX3 news practice, found by
 * pattern: quarters ("the fourth quarter of this year" -> 2009-Q4, "two consecutive quarters" ->
 * P2Q), fractional and approximate durations ("almost two and a half years" -> P2.5Y, "over a
 * year" -> P1Y), "N weeks ago" at week granularity, "the years ahead" / "the coming months"
 * (FUTURE_REF), "in recent years" (PAST_REF), "at this time" (PRESENT_REF), "11.30pm". They replace overlapping SUTime expressions.
 */
final class ExtraTimex {
    private static final Map<String, Integer> NUM = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final String N = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
    private static final Map<String, Integer> ORD = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter"
                    + "(?:\\s+of\\s+(this|last|next)\\s+year|\\s+of\\s+(\\d{4})|,?\\s+(\\d{4}))?\\b");
    private static final Pattern QUARTERS = Pattern.compile(
            "(?i)\\b" + N + "\\s+(?:consecutive\\s+|straight\\s+|successive\\s+)?quarters\\b");
    private static final Pattern HALF = Pattern.compile(
            "(?i)\\b(?:the\\s+(?:past|last|next|first)\\s+)?(?:(?:almost|nearly|about|around|over|more\\s+than|less\\s+than|some)\\s+)?" + N
                    + "\\s+and\\s+a\\s+half\\s+(year|month|week|day|hour)s?\\b");
    private static final Pattern APPROX = Pattern.compile(
            "(?i)\\b(?:over|more\\s+than|almost|nearly|under|less\\s+than|about|around|roughly)\\s+" + N + "\\s+(year|month|week|day|hour)s?\\b"
                    + "(?!\\s+(?:ago|earlier|later|before|after)\\b)");
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + N + "\\s+(week|month|year)s?\\s+(ago|earlier)\\b");
    private static final Pattern AHEAD = Pattern.compile("(?i)\\bthe\\s+(?:years|months|decades)\\s+(?:ahead|to\\s+come)\\b"
            + "|\\bthe\\s+(?:coming|next\\s+few|upcoming)\\s+(?:years|months|decades|weeks|days)\\b");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:in\\s+)?recent\\s+(?:years|months|decades|times)\\b");
    private static final Pattern THIS_TIME = Pattern.compile("(?i)\\bat\\s+(this\\s+time)\\b(?!\\s+(?:of|last|next))");

    /** "one-day fall", "two-week trip": a spelled-out number joined to a unit is a duration. */
    private static final Pattern HYPHEN_WORD = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(year|month|week|day|hour)\\b(?!-)");
    /** "Sunday night", "Tuesday evening": SUTime misses some; the day is resolved by tense in DateResolver. */
    private static final Pattern DAY_PART = Pattern.compile(
            "\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+(morning|afternoon|evening|night)\\b");
    /** "three consecutive weeks": a run of units is a duration. */
    private static final Pattern RUN = Pattern.compile(
            "(?i)\\b" + N + "\\s+(?:consecutive|straight|successive)\\s+(year|month|week|day)s?\\b");
    /** "0700 GMT": a four-digit clock time with a zone (SUTime keeps "0700" as a year-like number). */
    private static final Pattern CLOCK24 = Pattern.compile("\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)\\b");
    /** "ten months later than planned": the size of a delay (a duration), not a date it points to. */
    private static final Pattern LATER_THAN = Pattern.compile(
            "(?i)\\b" + N + "\\s+(year|month|week|day|hour)s?(?=\\s+(?:later|earlier|sooner|behind|ahead)\\s+(?:than|of)\\b)");
    /** "6 percent a year", "$2 million a month": a rate per unit (SET). */
    private static final Pattern RATE = Pattern.compile(
            "(?i)(?:\\d|\\bpercent|\\bper\\s+cent|%|\\bdollars|\\beuros|\\bpounds|\\btimes)\\s+(a\\s+(year|month|week|day))\\b");
    private static final Pattern LONG = Pattern.compile("(?i)\\b(decades|years|months|weeks|days)-long\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(?:several|many|a\\s+few|few|numerous)\\s+(decades|years|months|weeks|days|hours)\\b");

    /** "11.30pm", "9:45 a.m." (SUTime misses the British dotted form). */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(\\d{1,2})[.:](\\d{2})\\s*([ap])(?:\\.m\\.|m\\b)");

    /** "mid-2008", "early 2010s" are not SUTime's: the year (or decade). */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)\\b(?:early|mid|late)-(\\d{4})\\b");

    /** "the same period a year earlier": the period last mentioned, a year back (resolved in DateResolver). */
    static final String SAME_PERIOD_YEAR_BEFORE = "SAME_PERIOD_YEAR_BEFORE";
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?i)\\bthe\\s+(?:same|corresponding|year-earlier)\\s+(?:period|quarter|month|week)"
                    + "(?:\\s+(?:a|one)\\s+year\\s+(?:earlier|ago|before)|\\s+(?:of\\s+)?last\\s+year)\\b");

    private ExtraTimex() {}

    static List<Pipeline.RawTimex> find(String text, LocalDate ref) {
        List<Pipeline.RawTimex> out = new ArrayList<>();
        Matcher m = QUARTER.matcher(text);
        while (m.find()) {
            int q = ORD.get(m.group(1).toLowerCase(Locale.ROOT));
            if (ref == null && m.group(3) == null && m.group(4) == null) {
                out.add(raw(text, m, "XXXX-Q" + q, "DATE"));
                continue;
            }
            int year = ref == null ? 0 : ref.getYear();
            if (m.group(2) != null) year += switch (m.group(2).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
            if (m.group(3) != null) year = Integer.parseInt(m.group(3));
            if (m.group(4) != null) year = Integer.parseInt(m.group(4));
            out.add(raw(text, m, String.format(Locale.ROOT, "%04d-Q%d", year, q), "DATE"));
        }
        m = QUARTERS.matcher(text);
        while (m.find()) out.add(raw(text, m, "P" + num(m.group(1)) + "Q", "DURATION"));
        m = HALF.matcher(text);
        while (m.find()) out.add(raw(text, m, duration(num(m.group(1)) + ".5", m.group(2)), "DURATION"));
        m = APPROX.matcher(text);
        while (m.find()) out.add(raw(text, m, duration(String.valueOf(num(m.group(1))), m.group(2)), "DURATION"));
        m = AGO.matcher(text);
        while (m.find()) {
            if (ref == null) continue;
            int n = num(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT), v;
            if (unit.equals("week")) {
                LocalDate d = ref.minusWeeks(n);
                v = String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            } else if (unit.equals("month")) {
                v = ref.minusMonths(n).toString().substring(0, 7);
            } else {
                v = String.valueOf(ref.getYear() - n);
                // "In the second quarter it grew 2.8 percent, compared with 4.8 percent a year earlier":
                // a comparison with a quarter named before in the sentence is that quarter, years back.
                String q = m.group(3).equalsIgnoreCase("earlier") ? quarterBefore(text, m.start(), ref) : null;
                if (q != null) v = String.format(Locale.ROOT, "%04d-%s", Integer.parseInt(q.substring(0, 4)) - n, q.substring(5));
            }
            out.add(raw(text, m, v, "DATE"));
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            int min = Integer.parseInt(m.group(2));
            if (h > 23 || min > 59) continue;
            String clock = String.format(Locale.ROOT, "T%02d:%02d", h, min);
            out.add(raw(text, m, (ref == null ? "XXXX-XX-XX" : ref.toString()) + clock, "TIME"));
        }
        m = SAME_PERIOD.matcher(text);
        while (m.find()) out.add(raw(text, m, SAME_PERIOD_YEAR_BEFORE, "DATE"));
        m = PART_OF_YEAR.matcher(text);
        while (m.find()) out.add(raw(text, m, m.group(1), "DATE"));
        m = DAY_PART.matcher(text);
        while (m.find()) {
            if (ref == null) continue;
            String part = switch (m.group(1)) { case "morning" -> "TMO"; case "afternoon" -> "TAF"; case "evening" -> "TEV"; default -> "TNI"; };
            out.add(raw(text, m, ref + part, "TIME"));
        }
        m = LATER_THAN.matcher(text);
        while (m.find()) out.add(raw(text, m, duration(String.valueOf(num(m.group(1))), m.group(2)), "DURATION"));
        m = RATE.matcher(text);
        while (m.find()) {
            String u = m.group(2).toLowerCase(Locale.ROOT);
            String v = switch (u) { case "year" -> "P1Y"; case "month" -> "P1M"; case "week" -> "P1W"; default -> "P1D"; };
            out.add(new Pipeline.RawTimex(m.start(1), m.end(1), m.group(1), v, null, "SET"));
        }
        m = RUN.matcher(text);
        while (m.find()) out.add(raw(text, m, duration(String.valueOf(num(m.group(1))), m.group(2)), "DURATION"));
        m = CLOCK24.matcher(text);
        while (m.find()) {
            String clock = "T" + m.group(1) + ":" + m.group(2);
            out.add(raw(text, m, (ref == null ? "XXXX-XX-XX" : ref.toString()) + clock, "TIME"));
        }
        m = HYPHEN_WORD.matcher(text);
        while (m.find()) out.add(raw(text, m, duration(String.valueOf(num(m.group(1))), m.group(2)), "DURATION"));
        m = LONG.matcher(text);
        while (m.find()) out.add(raw(text, m, vague(m.group(1)), "DURATION"));
        m = VAGUE.matcher(text);
        while (m.find()) out.add(raw(text, m, vague(m.group(1)), "DURATION"));
        m = AHEAD.matcher(text);
        while (m.find()) out.add(raw(text, m, "FUTURE_REF", "DATE"));
        m = RECENT.matcher(text);
        while (m.find()) out.add(raw(text, m, "PAST_REF", "DATE"));
        m = THIS_TIME.matcher(text);
        while (m.find()) out.add(new Pipeline.RawTimex(m.start(1), m.end(1), m.group(1), "PRESENT_REF", null, "DATE"));
        return out;
    }

    /** The value of the last quarter written in the same sentence before {@code at}, or null. */
    private static String quarterBefore(String text, int at, LocalDate ref) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)), 0);
        Matcher q = QUARTER.matcher(text);
        q.region(from, at);
        String v = null;
        while (q.find()) {
            int year = ref.getYear();
            if (q.group(2) != null) year += switch (q.group(2).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
            if (q.group(3) != null) year = Integer.parseInt(q.group(3));
            if (q.group(4) != null) year = Integer.parseInt(q.group(4));
            v = String.format(Locale.ROOT, "%04d-Q%d", year, ORD.get(q.group(1).toLowerCase(Locale.ROOT)));
        }
        return v;
    }

    private static Pipeline.RawTimex raw(String text, Matcher m, String value, String type) {
        return new Pipeline.RawTimex(m.start(), m.end(), text.substring(m.start(), m.end()), value, null, type);
    }

    /** Vague durations: "several months" PXM, "decades-long" PXY, "many hours" PTXH. */
    private static String vague(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "decades", "years" -> "PXY";
            case "months" -> "PXM";
            case "weeks" -> "PXW";
            case "hours" -> "PTXH";
            default -> "PXD";
        };
    }

    static int num(String s) {
        Integer n = NUM.get(s.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(s);
    }

    private static String duration(String n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "hour" -> "PT" + n + "H";
            case "year" -> "P" + n + "Y";
            case "month" -> "P" + n + "M";
            case "week" -> "P" + n + "W";
            default -> "P" + n + "D";
        };
    }
}
