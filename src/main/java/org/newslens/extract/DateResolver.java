package org.newslens.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our layer over SUTime's expressions: tense-aware weekdays (a past-tense sentence points to the
 * previous such day), unresolvable values left in XXXX form when there is no published date, and
 * dropping expressions that are not dates.
 */
final class DateResolver {
    /** A resolved expression (body offsets). */
    record Resolved(int start, int end, String text, String value, String type) {}

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(?:on|this|last|next|past|coming)\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day"
                    + "(\\s+(?:morning|afternoon|evening|night))?$");

    private DateResolver() {}

    static List<Resolved> resolve(Doc doc, List<Pipeline.RawTimex> raw, LocalDate ref) {
        List<Resolved> out = new ArrayList<>();
        for (Pipeline.RawTimex t : raw) {
            String value = t.value();
            String type = t.type();
            if (ref == null) value = unresolved(value, t.altValue(), type);
            else value = weekday(doc, t, value, ref);
            if (value == null) continue;
            out.add(new Resolved(t.start(), t.end(), t.text(), value, type));
        }
        return out;
    }

    /** Without a reference date: SUTime leaves anchored values unresolved; give them an XXXX form. */
    static String unresolved(String value, String alt, String type) {
        if (value != null && (value.matches(".*\\d.*") || value.endsWith("_REF") || value.startsWith("P"))) return value;
        if (value == null && alt == null) return null;
        return switch (type) {
            case "TIME" -> "XXXX-XX-XXTXX:XX";
            case "DURATION" -> "PX";
            case "SET" -> value != null ? value : "XXXX";
            default -> alt != null && alt.contains("P1W") ? "XXXX-WXX" : alt != null && alt.contains("P1M") ? "XXXX-XX"
                    : alt != null && alt.contains("P1Y") ? "XXXX" : "XXXX-XX-XX";
        };
    }

    /** A bare weekday resolves by the tense of its sentence. */
    private static String weekday(Doc doc, Pipeline.RawTimex t, String value, LocalDate ref) {
        Matcher m = WEEKDAY.matcher(t.text().trim());
        if (!m.matches()) return value;
        String lead = Words.lc(t.text().trim().split("\\s+")[0]);
        if (lead.equals("last") || lead.equals("next") || lead.equals("past") || lead.equals("coming")) return value;
        DayOfWeek dow = dayOf(m.group(1));
        Tense tense = Tense.around(doc, t.start());
        LocalDate d;
        int back = (ref.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;   // days back to the previous (or same) such day
        int fwd = (dow.getValue() - ref.getDayOfWeek().getValue() + 7) % 7;    // days forward
        d = switch (tense) {
            case PAST -> ref.minusDays(back);
            case FUTURE -> ref.plusDays(fwd);
            case PRESENT -> back <= fwd ? ref.minusDays(back) : ref.plusDays(fwd);
        };
        String suffix = "";
        if (value != null) {
            int ti = value.indexOf('T');
            if (ti > 0) suffix = value.substring(ti);
        }
        return d + suffix;
    }

    private static DayOfWeek dayOf(String stem) {
        return switch (stem.toLowerCase(Locale.ROOT)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tues" -> DayOfWeek.TUESDAY;
            case "wednes" -> DayOfWeek.WEDNESDAY;
            case "thurs" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "satur" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
