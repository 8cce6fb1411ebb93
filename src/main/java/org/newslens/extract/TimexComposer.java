package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mechanism (d), composition: the extent and value of an expression with what surrounds it.
 * <ul>
 *   <li>{@link #split}: a clock time and a day written together ("12:00 UTC Monday", "midnight
 *   Friday", "Tuesday at 17:30") are two expressions (annotation rule); the time later takes the
 *   day's date ({@link DateResolver}). A trailing ordinal before a noun is not part of a date
 *   ("on Tuesday the first Macs shipped").</li>
 *   <li>{@link #normalise}: SUTime's values in TIMEX3 form (decades {@code 199}, centuries
 *   {@code 13}, {@code TMI}, no zone offsets) and a year-less day, month, weekday, weekend or season
 *   made unanchored ({@code XXXX-03-14}) so that {@link Direction} chooses its year.</li>
 *   <li>{@link #extend}: modifiers join the expression: approximators before it ("just over three
 *   weeks ago", "about 45 days"), part-of-period phrases ("the end of", "the second half of next
 *   year"), a year written after a month range ("March and April 2008").</li>
 * </ul>
 */
final class TimexComposer {
    private TimexComposer() {}

    private static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String MONTH_DAY = MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?";
    private static final String ZONE = "(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|JST|IST|AEST|AEDT|local\\s+time|ET|PT)";
    private static final String CLOCK = ".*?(?:\\d|noon|midnight|midday)(?:\\s*(?:[ap]\\.?m\\.?|" + ZONE + "))*";
    private static final String DAY = "(?:" + WEEKDAY + "|today|tonight|tomorrow|yesterday|" + MONTH_DAY + ")";

    private static final Pattern TIME_THEN_DAY = Pattern.compile("(?i)^(" + CLOCK + ")(,?\\s+(?:on\\s+)?(?:the\\s+)?)(" + DAY + ")$");
    private static final Pattern DAY_THEN_TIME = Pattern.compile("(?i)^(" + DAY + ")(\\s+(?:at\\s+|,\\s*)?)((?:about\\s+|around\\s+)?\\d.*|noon|midnight)$");
    private static final Pattern DAY_POSSESSIVE = Pattern.compile("(?i)^(today|yesterday|tomorrow)['’]s\\s+\\S+$");
    private static final Pattern TRAILING_ORDINAL = Pattern.compile("(?i)^(.*?)\\s+the\\s+(?:first|second|third|fourth|fifth|last|next)$");

    private static final Pattern ZONE_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)(?:Z|[+-]\\d{4}|[+-]\\d{2}:\\d{2})$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:last|next|this|coming|past|previous|following|ago|later|earlier|since|the\\s+same)\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)^(?:(?:late|early)\\s+)?(?:on\\s+)?(" + WEEKDAY + ")(?:\\s+(morning|afternoon|evening|night))?$");
    private static final Pattern BARE_MONTH_DAY = Pattern.compile("(?i)^(?:on\\s+)?(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")$");
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)^(?:in\\s+|early\\s+|late\\s+|mid-?)?(" + MONTH + ")$");
    private static final Pattern WEEKEND = Pattern.compile("(?i)^(?:the|this|over\\s+the|(?:this|the)\\s+past)\\s+weekend$");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)^(?:the\\s+|in\\s+the\\s+)?(morning|afternoon|evening|night)$");
    private static final Pattern DAY_PART_VALUE = Pattern.compile("T(?:MO|AF|EV|NI)$");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern UNANCHORED_MONTH = Pattern.compile("^XXXX-\\d{2}$");
    private static final Pattern SEASON = Pattern.compile("(?i)^(?:the\\s+|this\\s+)?(spring|summer|autumn|fall|winter)$");
    private static final Pattern SUT_DAY = Pattern.compile("^\\d{4}-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern SUT_MONTH = Pattern.compile("^\\d{4}-(\\d{2})$");

    private static final Pattern APPROX_BEFORE = Pattern.compile("(?i)(?:^|\\s)((?:just\\s+|well\\s+)?(?:over|under|about|around|almost|nearly|roughly|approximately|some|more\\s+than|less\\s+than|at\\s+least|up\\s+to|close\\s+to))\\s+$");
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)(?:^|\\s)((?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\\s+of\\s+|(?:early|late|mid-?)\\s*)$");
    private static final Pattern HALF_BEFORE = Pattern.compile("(?i)(?:^|\\s)((?:the\\s+)?(first|second|latter)\\s+half\\s+of\\s+)$");
    private static final Pattern OR_SO_AFTER = Pattern.compile("(?i)^\\s+or\\s+so\\b");
    private static final Pattern RANGE_YEAR_AFTER = Pattern.compile("^\\s*(?:and|to|through|until|-|–)\\s+[A-Z][a-z]+\\.?\\s+(?:of\\s+)?(\\d{4})\\b");

    /** Splits time+day expressions and trims a trailing ordinal; adds the results to {@code out}. */
    static void split(Doc doc, Timex t, List<Timex> out) {
        if (t.rel() == null && (t.value() == null && splitIntersection(t, out, true)
                || t.value() != null && JOINED_BY_RELATION.matcher(t.text()).find() && splitIntersection(t, out, false))) return;
        Matcher lead = LEADING_DATE.matcher(t.text());
        if (t.value() == null && t.rel() == null && lead.matches()) {
            // "Oct. 19, 1987, the day of the crash": SUTime joined a full date to what follows and lost the value.
            int mon = TimexValues.month(lead.group(1));
            if (mon > 0) {
                String v = String.format(Locale.ROOT, "%s-%02d-%02d", lead.group(3), mon, Integer.parseInt(lead.group(2)));
                out.add(Timex.of(t.start(), t.start() + lead.end(3), t.text().substring(0, lead.end(3)), v, "DATE"));
                return;
            }
        }
        Matcher v = LAST_UNITS.matcher(t.text());
        if (v.matches() && lastIsAVerb(doc, t.start())) {
            // "the trial could last three months": "last" is the verb, the rest a duration.
            int s = t.start() + v.start(1);
            out.add(Timex.of(s, t.end(), v.group(1), TimexValues.duration(String.valueOf(TimexValues.number(v.group(2))), TimexValues.unit(v.group(3))), "DURATION"));
            return;
        }
        Matcher m = TIME_THEN_DAY.matcher(t.text());
        if (m.matches() && !"DURATION".equals(t.type()) && !"SET".equals(t.type())) {
            int dayStart = t.start() + m.end(2);
            out.add(Timex.of(t.start(), t.start() + m.end(1), m.group(1), t.value(), "TIME"));
            out.add(Timex.of(dayStart, t.end(), m.group(3), datePart(t.value()), "DATE"));
            return;
        }
        m = DAY_THEN_TIME.matcher(t.text());
        if (m.matches() && !"DURATION".equals(t.type()) && !"SET".equals(t.type())) {
            out.add(Timex.of(t.start(), t.start() + m.end(1), m.group(1), datePart(t.value()), "DATE"));
            out.add(Timex.of(t.start() + m.end(2), t.end(), m.group(3), t.value(), "TIME"));
            return;
        }
        m = DAY_POSSESSIVE.matcher(t.text());
        if (m.matches()) {                                   // "today's falls": the day, not a season
            out.add(Timex.of(t.start(), t.start() + m.end(1), m.group(1), datePart(t.value()), "DATE"));
            return;
        }
        m = NOUN_MONTH.matcher(t.text());
        if (m.matches()) {
            // "the 1963 march", "a protest march": "march" and "may" in lower case are a walk and a verb, not months.
            if (m.group(1) != null) out.add(Timex.of(t.start() + m.start(1), t.start() + m.end(1), m.group(1), m.group(1), "DATE"));
            return;
        }
        m = TRAILING_ORDINAL.matcher(t.text());
        if (m.matches() && !doc.text.startsWith(" of ", t.end())) {
            int j = doc.tokenAtOrAfter(t.end());
            if (j < doc.toks.size() && (TimexValues.noun(doc.toks.get(j).pos()) || TimexValues.adjective(doc.toks.get(j).pos()) || doc.toks.get(j).pos().equals("VBG") || doc.toks.get(j).pos().equals("CD"))) {
                out.add(Timex.of(t.start(), t.start() + m.end(1), m.group(1), datePart(t.value()), "DATE"));
                return;
            }
        }
        out.add(t);
    }

    /** A lower-case "march" or "may" (a noun or a verb), with a year before it ("the 1963 march"). */
    private static final Pattern NOUN_MONTH = Pattern.compile("^(?:[Tt]he\\s+)?(?:(\\d{4})\\s+)?(?:march|may)$");
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})(?=,\\s+\\S).*$");
    /** "this year before last week": two expressions SUTime joined by a relation word. */
    private static final Pattern JOINED_BY_RELATION = Pattern.compile("(?i)\\S\\s+(?:before|after|since|until)\\s+\\S");
    private static final Pattern LAST_UNITS = Pattern.compile("(?i)^last\\s+((" + TimexValues.NUMBER + ")\\s+(year|month|week|day|hour|minute)s?)$");

    /** "last" tagged as a verb, or right after a modal, "to" or "will": "could last", "to last", "lasts". */
    private static boolean lastIsAVerb(Doc doc, int start) {
        int i = doc.tokenAtOrAfter(start);
        if (i >= doc.toks.size()) return false;
        if (doc.toks.get(i).pos().startsWith("VB")) return true;
        if (i == 0) return false;
        String p = doc.toks.get(i - 1).pos();
        return p.equals("MD") || p.equals("TO");
    }

    private static final Pattern PART_RELATIVE = Pattern.compile("(?i)\\b(last|this|next)\\s+(week|month|year)\\b");
    private static final Pattern PART_DURATION = Pattern.compile("(?i)\\b" + TimexValues.NUMBER + "\\s+(year|month|week|day|hour)s?\\b");
    private static final Pattern PART_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d\\d\\b");
    private static final Pattern MONTH_OR_DAY_BEFORE = Pattern.compile("(?i)(?:\\b" + MONTH + "|\\d,?)\\s*$");
    private static final Pattern PART_WEEKDAY = Pattern.compile("(?i)\\b" + WEEKDAY + "\\b");

    /**
     * SUTime joins neighbours it cannot combine ("three days last week", "the latest quarter on
     * Tuesday") into one expression without a value, and two points with a relation word between
     * them ("this year before last week") into one with the second's value: its parts are
     * expressions of their own ({@code durations}: whether a duration may be one of the parts).
     */
    private static boolean splitIntersection(Timex t, List<Timex> out, boolean durations) {
        List<Timex> parts = new ArrayList<>();
        String s = t.text();
        Matcher m = PART_RELATIVE.matcher(s);
        while (m.find()) {
            int n = switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
            parts.add(Timex.relative(t.start() + m.start(), t.start() + m.end(), m.group(), Timex.Anchor.DCT, n, TimexValues.unit(m.group(2)), false));
        }
        m = PART_DURATION.matcher(s);
        while (m.find()) {
            if (!durations) return false;
            String num = m.group().substring(0, m.group().indexOf(' '));
            parts.add(Timex.of(t.start() + m.start(), t.start() + m.end(), m.group(),
                    TimexValues.duration(String.valueOf(TimexValues.number(num)), TimexValues.unit(m.group(1))), "DURATION"));
        }
        m = PART_WEEKDAY.matcher(s);
        while (m.find()) parts.add(Timex.of(t.start() + m.start(), t.start() + m.end(), m.group(), null, "DATE"));
        m = PART_YEAR.matcher(s);
        while (m.find()) {
            // "worst week since 2008 last week": a bare year is a part; one that ends a month or a day ("December 2008") is not bare.
            if (MONTH_OR_DAY_BEFORE.matcher(s.substring(0, m.start())).find()) return false;
            parts.add(Timex.of(t.start() + m.start(), t.start() + m.end(), m.group(), m.group(), "DATE"));
        }
        if (parts.size() == 1 && durations && parts.get(0).rel() == null && !"DURATION".equals(parts.get(0).type())) {
            // "the early hours of Sunday": a value-less join around one day or year keeps that day or year.
            out.add(parts.get(0));
            return true;
        }
        if (parts.size() < 2) return false;
        parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 1; i < parts.size(); i++) if (parts.get(i).overlaps(parts.get(i - 1))) return false;
        out.addAll(parts);
        return true;
    }

    private static String datePart(String v) {
        return v != null && v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : null;
    }

    /** TIMEX3 forms of SUTime's values; year-less days, months, weekdays, weekends, seasons unanchored. */
    static Timex normalise(Timex t) {
        if (t.rel() != null) return t;
        String v = t.value();
        String text = t.text().trim();
        String l = text.toLowerCase(Locale.ROOT);
        if (v != null) {
            v = ZONE_OFFSET.matcher(v).replaceAll("$1");
            Matcher c = CENTURY.matcher(v);
            if (c.matches()) v = c.group(1);
            c = DECADE.matcher(v);
            if (c.matches()) v = c.group(1);
            if (l.equals("midday") && TimexValues.isDateTime(v) && v.endsWith("T12:00")) v = v.substring(0, 10) + "TMI";
            // TIMEX3: "midnight" ends its day ("shortly before midnight Thursday"), T24:00, not the day's start.
            if (l.matches("(?:at\\s+|before\\s+|after\\s+|about\\s+|around\\s+)?midnight") && TimexValues.isDateTime(v) && v.endsWith("T00:00")) v = v.substring(0, 10) + "T24:00";
        }
        if (WEEKEND.matcher(text).matches() && v != null && v.endsWith("-WE")) return t.withValue("XXXX-WXX-WE", t.type());
        Matcher part = PART_OF_DAY.matcher(text);
        if (part.matches() && TimexValues.isDateTime(v) && DAY_PART_VALUE.matcher(v).find()) {
            // "in morning trading": the morning of the day the story is at.
            return new Timex(t.start(), t.end(), t.text(), null, t.type(),
                    new Timex.Rel(Timex.Anchor.NARRATIVE, 0, 'D', false, TimexGrammar.partOfDay(part.group(1))));
        }
        if (RELATIVE_WORD.matcher(text).find() || FOUR_DIGITS.matcher(text).find()) return t.withValue(v, t.type());
        Matcher m = BARE_WEEKDAY.matcher(text);
        if (m.matches() && !"DURATION".equals(t.type()) && !"SET".equals(t.type())) {
            String suffix = "";
            if (m.group(2) != null) suffix = TimexGrammar.partOfDay(m.group(2));
            else if (v != null && v.indexOf('T') > 0) suffix = v.substring(v.indexOf('T'));
            return t.withValue("XXXX-WXX-" + TimexValues.weekday(m.group(1)).getValue() + suffix, t.type());
        }
        if (v != null && BARE_MONTH_DAY.matcher(text).matches()) {
            Matcher d = SUT_DAY.matcher(v);
            if (d.matches()) return t.withValue("XXXX-" + d.group(1) + "-" + d.group(2) + (d.group(3) == null ? "" : d.group(3)), t.type());
        }
        if (v != null && BARE_MONTH.matcher(text).matches()) {
            Matcher d = SUT_MONTH.matcher(v);
            if (d.matches()) return t.withValue("XXXX-" + d.group(1), t.type());
        }
        m = SEASON.matcher(text);
        if (m.matches() && TimexValues.granularity(v) == 'S') return t.withValue("XXXX" + v.substring(4), t.type());
        return t.withValue(v, t.type());
    }

    /** Joins the modifiers around an expression to it and composes their value. */
    static Timex extend(Doc doc, Timex t) {
        String text = doc.text;
        String before = text.substring(Math.max(0, t.start() - 40), t.start());
        String v = t.value();
        Matcher m;
        boolean point = v != null && TimexValues.granularity(v) != 0 || t.rel() != null || v != null && v.startsWith("XXXX-");
        if (point && v != null && !v.startsWith("XXXX-W") && (m = HALF_BEFORE.matcher(before)).find() && TimexValues.granularity(v) == 'Y') {
            int h = m.group(2).equalsIgnoreCase("first") ? 1 : 2;
            return new Timex(t.start() - m.group(1).length(), t.end(), text.substring(t.start() - m.group(1).length(), t.end()),
                    v.substring(0, 4) + "-H" + h, t.type(), null);
        }
        if (point && (m = PART_BEFORE.matcher(before)).find()) {
            int s = t.start() - m.group(1).length();
            t = new Timex(s, t.end(), text.substring(s, t.end()), t.value(), t.type(), t.rel());
        } else if (("DURATION".equals(t.type()) || t.rel() != null) && !t.text().regionMatches(true, 0, "the ", 0, 4)
                && (m = APPROX_BEFORE.matcher(before)).find()) {
            // "over a year", "just over three weeks ago"; but "over the next four years": "over" is a preposition there.
            int s = t.start() - (before.length() - m.start(1));
            t = new Timex(s, t.end(), text.substring(s, t.end()), t.value(), t.type(), t.rel());
        }
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
        if ("DURATION".equals(t.type()) && (m = OR_SO_AFTER.matcher(after)).find()) {
            t = new Timex(t.start(), t.end() + m.end(), text.substring(t.start(), t.end() + m.end()), t.value(), t.type(), t.rel());
        }
        if (t.value() != null && UNANCHORED_MONTH.matcher(t.value()).matches() && (m = RANGE_YEAR_AFTER.matcher(after)).find()) {
            t = t.withValue(m.group(1) + t.value().substring(4), t.type());
        }
        return t;
    }

    /** "the last week of March 2009": the ISO week whose Thursday is the month's first/last such. */
    static String weekOfMonth(String month, String which) {
        LocalDate first = LocalDate.parse(month + "-01");
        LocalDate last = first.plusMonths(1).minusDays(1);
        String w = which.toLowerCase(Locale.ROOT);
        if (w.equals("last") || w.equals("final")) {
            LocalDate thu = last.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.THURSDAY));
            return TimexValues.week(thu);
        }
        int n = switch (w) { case "second" -> 2; case "third" -> 3; case "fourth" -> 4; default -> 1; };
        LocalDate thu = first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.THURSDAY)).plusWeeks(n - 1L);
        return TimexValues.week(thu);
    }

    /** Normalises, drops what {@link NotADate} rejects (on the bare expression), then extends. */
    static List<Timex> compose(Doc doc, List<Timex> items) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : items) {
            Timex n = normalise(t);
            if (!NotADate.test(doc, n)) out.add(WireCues.adjust(doc, extend(doc, n)));
        }
        return out;
    }
}
