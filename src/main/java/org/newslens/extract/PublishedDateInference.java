package org.newslens.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the publication date when the text states it: a dateline opening the body ("LONDON, April
 * 22 (Reuters) -"), or a relative day word next to an explicit
 * date ("tomorrow, on April 23" means published April 22; "yesterday (March 3, 2024)"; "April 23,
 * tomorrow"). When the date has no year, the year is the latest one (not after today) that agrees
 * with the text's other clues: a weekday written with the date, and movable holidays mentioned
 * (Easter, Thanksgiving) lying within ten days of the publication date.
 */
final class PublishedDateInference {
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final String MD = "(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?)";
    private static final String REL = "\\b([Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight)\\b";
    /** "tomorrow, on (Wednesday,) April 23" / "today (April 22)". */
    private static final Pattern REL_DATE = Pattern.compile(
            REL + "\\s*[,(\\u2013\\u2014-]?\\s*(?:on\\s+|the\\s+)?" + WEEKDAY + MD + "\\b");
    /** "April 23, tomorrow" / "on April 23 (tomorrow)". */
    private static final Pattern DATE_REL = Pattern.compile(
            "\\b" + WEEKDAY + MD + "\\s*[,(\\u2013\\u2014-]\\s*" + REL);
    /** A dateline opening the body: "LONDON, April 22 (Reuters) -", "Tuesday, 22 April 2025 —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][\\p{L} .'-]{1,40},\\s*)?" + WEEKDAY + MD + "\\s*(?:\\(|[-\\u2013\\u2014:/]|\\n)");
    private static final Pattern EASTER = Pattern.compile("\\bEaster\\b");
    private static final Pattern THANKSGIVING = Pattern.compile("\\bThanksgiving\\b");
    private static final int YEARS_BACK = 30;
    /** Days between a mentioned movable holiday and the publication date for a year to agree with it. */
    private static final int HOLIDAY_WINDOW = 10;

    private PublishedDateInference() {}

    /** The inferred publication date, or null. {@code today} bounds the year guess. */
    static LocalDate infer(String text, LocalDate today) {
        Matcher m = DATELINE.matcher(text);
        if (m.find()) {
            LocalDate d = build(text, "today", m.group(1), 2, today, m);
            if (d != null) return d;
        }
        m = REL_DATE.matcher(text);
        if (m.find()) {
            LocalDate d = build(text, m.group(1), m.group(2), 3, today, m);
            if (d != null) return d;
        }
        m = DATE_REL.matcher(text);
        if (m.find()) return build(text, m.group(m.groupCount()), m.group(1), 2, today, m);
        return null;
    }

    /** {@code g} is the group index of the first MD group. */
    private static LocalDate build(String text, String rel, String weekday, int g, LocalDate today, Matcher m) {
        String month, day, year;
        if (m.group(g) != null) { month = m.group(g); day = m.group(g + 1); year = m.group(g + 2); }
        else { day = m.group(g + 3); month = m.group(g + 4); year = m.group(g + 5); }
        int mon = monthOf(month);
        int dom = Integer.parseInt(day);
        int offset = switch (Words.lc(rel)) {
            case "tomorrow" -> 1;
            case "yesterday" -> -1;
            default -> 0;
        };
        if (year != null) {
            try { return LocalDate.of(Integer.parseInt(year), mon, dom).minusDays(offset); }
            catch (DateTimeException e) { return null; }
        }
        DayOfWeek dow = weekday == null ? null : DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        boolean easter = EASTER.matcher(text).find(), thanks = THANKSGIVING.matcher(text).find();
        LocalDate fallback = null;
        for (int y = today.getYear(); y > today.getYear() - YEARS_BACK; y--) {
            LocalDate d;
            try { d = LocalDate.of(y, mon, dom); } catch (DateTimeException e) { continue; }
            LocalDate pub = d.minusDays(offset);
            if (pub.isAfter(today)) continue;
            if (fallback == null) fallback = pub;
            if (dow != null && d.getDayOfWeek() != dow) continue;
            if (easter && Math.abs(pub.toEpochDay() - easter(y).toEpochDay()) > HOLIDAY_WINDOW) continue;
            if (thanks && Math.abs(pub.toEpochDay() - thanksgiving(y).toEpochDay()) > HOLIDAY_WINDOW) continue;
            return pub;
        }
        return fallback;
    }

    static int monthOf(String s) {
        String p = s.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(p)) return mo.getValue();
        }
        throw new IllegalArgumentException(s);
    }

    /** Western Easter Sunday (anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** US Thanksgiving: fourth Thursday of November. */
    static LocalDate thanksgiving(int y) {
        LocalDate d = LocalDate.of(y, 11, 1);
        while (d.getDayOfWeek() != DayOfWeek.THURSDAY) d = d.plusDays(1);
        return d.plusWeeks(3);
    }
}
