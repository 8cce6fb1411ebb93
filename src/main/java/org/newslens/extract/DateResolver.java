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

    private static final String MONTH_DAY = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?";
    private static final Pattern TIME_THEN_DAY = Pattern.compile(
            "(?i)^(.*\\d(?:\\s*(?:UTC|GMT|[ap]\\.?m\\.?))?)(\\s+(?:on\\s+)?)((?:mon|tues|wednes|thurs|fri|satur|sun)day|" + MONTH_DAY + ")$");
    /** What follows a clock time in a longer SUTime expression: "[EDT] on March 11". */
    private static final Pattern REST_DAY = Pattern.compile(
            "(?i)^(\\s+(?:[A-Z]{2,4}\\s+)?(?:on\\s+)?)(" + MONTH_DAY + ")$");
    private static final Pattern DAY_THEN_TIME = Pattern.compile(
            "(?i)^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(\\s+at\\s+)(.*\\d.*)$");
    private static final Pattern DAY_THE_ORDINAL = Pattern.compile(
            "(?i)^((?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+the\\s+(?:first|second|third|fourth|fifth|last|next)$");
    private static final Pattern BARE_PLURAL = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)|day|week)$");
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?i)^(?:in\\s+|early\\s+|late\\s+|mid-?)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?$");
    private static final Pattern RANGE_YEAR = Pattern.compile(
            "^\\s*(?:and|to|through|until|-|–)\\s+[A-Z][a-z]+\\.?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern SAME_DAY = Pattern.compile("(?i)^(?:the\\s+same\\s+day|the\\s+day|that\\s+day)$");
    private static final Pattern TZ = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)(?:Z|[+-]\\d{4}|[+-]\\d{2}:\\d{2})$");

    static List<Resolved> resolve(Doc doc, List<Pipeline.RawTimex> raw, LocalDate ref) {
        List<Pipeline.RawTimex> items = new ArrayList<>();
        for (Pipeline.RawTimex t : raw) split(doc, t, items);
        // Pattern finds replace the SUTime expressions they overlap.
        // Pattern finds: the longest wins where two overlap ("the same period a year earlier" over "a year earlier").
        List<Pipeline.RawTimex> found = new ArrayList<>(ExtraTimex.find(doc.text, ref));
        found.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Pipeline.RawTimex> extra = new ArrayList<>();
        for (Pipeline.RawTimex x : found) {
            if (extra.stream().noneMatch(e -> e.start() < x.end() && x.start() < e.end())) extra.add(x);
        }
        List<Pipeline.RawTimex> kept = new ArrayList<>();
        for (Pipeline.RawTimex t : items) {
            Pipeline.RawTimex x = extra.stream().filter(e -> e.start() < t.end() && t.start() < e.end()).findFirst().orElse(null);
            if (x == null) { kept.add(t); continue; }
            // "in August 2008, ten months later than planned": keep the date SUTime had joined before the replaced part.
            if (t.start() < x.start()) {
                String head = doc.text.substring(t.start(), x.start()).replaceAll("[,\\s]+$", "");
                String v = plainDate(head);
                if (v != null) kept.add(new Pipeline.RawTimex(t.start(), t.start() + head.length(), head, v, null, "DATE"));
            }
            // "2:28 a.m. on March 11": the clock time found by pattern takes SUTime's day, and the day stays.
            if ("TIME".equals(x.type()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")
                    && x.value() != null && x.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                extra.set(extra.indexOf(x), new Pipeline.RawTimex(x.start(), x.end(), x.text(),
                        t.value().substring(0, 10) + x.value().substring(10), x.altValue(), x.type()));
                Matcher r = t.end() > x.end() ? REST_DAY.matcher(doc.text.substring(x.end(), t.end())) : null;
                if (r != null && r.matches()) {
                    int ds = x.end() + r.end(1);
                    kept.add(new Pipeline.RawTimex(ds, t.end(), r.group(2), t.value().substring(0, 10), null, "DATE"));
                    continue;
                }
            }
            // "over a year on Monday": keep the weekday SUTime had joined to the replaced part.
            if (t.end() > x.end()) {
                Matcher d = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b").matcher(doc.text);
                d.region(x.end(), t.end());
                if (d.find()) kept.add(new Pipeline.RawTimex(d.start(), d.end(), d.group(), null, null, "DATE"));
            }
        }
        items = kept;
        items.addAll(extra);
        items.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Resolved> out = new ArrayList<>();
        for (Pipeline.RawTimex t : items) {
            if (!isDate(doc, t)) continue;
            String value = t.value();
            String type = t.type();
            if (value != null) value = TZ.matcher(value).replaceAll("$1");
            if (ref == null) {
                value = unresolved(t.text(), value, t.altValue(), type);
            } else {
                value = weekday(doc, t, value, ref);
                value = month(doc, t, value, ref);
                value = generic(doc, t, value);
                value = weekend(doc, t, value, ref);
                value = anaphoric(t, value, out);
                if ("TIME".equals(type)) value = anchorTime(doc, t, value, out);
            }
            if (value == null) continue;
            out.add(new Resolved(t.start(), t.end(), t.text(), value, type));
        }
        return out;
    }

    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)^([a-z]+)\\.?\\s+(\\d{4})$");

    /** The value of a self-contained "August 2008" or "2008", else null. */
    private static String plainDate(String s) {
        if (s.matches("\\d{4}")) return s;
        Matcher m = MONTH_YEAR.matcher(s);
        if (!m.matches() || !BARE_MONTH.matcher(m.group(1)).matches()) return null;
        return String.format(Locale.ROOT, "%s-%02d", m.group(2), PublishedDateInference.monthOf(m.group(1)));
    }

    private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");

    /** "spent the weekend" in a past sentence: the last weekend before the reference, not the coming one. */
    private static String weekend(Doc doc, Pipeline.RawTimex t, String value, LocalDate ref) {
        if (value == null) return value;
        Matcher m = WEEKEND.matcher(value);
        if (!m.matches() || Words.lc(t.text()).matches(".*\\b(?:next|last|coming|past)\\b.*")) return value;
        LocalDate sat = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.SATURDAY);
        if (!sat.isAfter(ref) || Tense.around(doc, t.start()) != Tense.PAST) return value;
        // "said he would stay while the parties held talks over the weekend": a past form under
        // "would"/"will" earlier in the sentence reports the future.
        Doc.Sent sent = doc.sentenceAt(t.start());
        if (sent != null && Pattern.compile("(?i)\\b(?:would|will|'ll)\\b").matcher(doc.text.substring(sent.start(), t.start())).find()) return value;
        LocalDate prev = sat.minusWeeks(1);
        return String.format(Locale.ROOT, "%04d-W%02d-WE", prev.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                prev.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "12:00 UTC Monday" and "Tuesday at 17:30" are two expressions; "Tuesday the first" is "Tuesday". */
    private static void split(Doc doc, Pipeline.RawTimex t, List<Pipeline.RawTimex> out) {
        Matcher m = TIME_THEN_DAY.matcher(t.text());
        if (m.matches()) {
            int dayStart = t.start() + m.end(2);
            String date = t.value() != null && t.value().length() >= 10 ? t.value().substring(0, 10) : null;
            out.add(new Pipeline.RawTimex(t.start(), t.start() + m.end(1), m.group(1), t.value(), t.altValue(), "TIME"));
            out.add(new Pipeline.RawTimex(dayStart, t.end(), m.group(3), date, t.altValue(), "DATE"));
            return;
        }
        m = DAY_THEN_TIME.matcher(t.text());
        if (m.matches()) {
            int timeStart = t.start() + m.end(2);
            out.add(new Pipeline.RawTimex(t.start(), t.start() + m.end(1), m.group(1), null, t.altValue(), "DATE"));
            out.add(new Pipeline.RawTimex(timeStart, t.end(), m.group(3), t.value(), t.altValue(), "TIME"));
            return;
        }
        m = DAY_THE_ORDINAL.matcher(t.text());
        // "on Tuesday the first Intel Macs shipped" (not "Tuesday the first of May").
        if (m.matches() && !doc.text.startsWith(" of ", t.end())) {
            out.add(new Pipeline.RawTimex(t.start(), t.start() + m.end(1), m.group(1), null, t.altValue(), "DATE"));
            return;
        }
        out.add(t);
    }

    /** Drops what is not a temporal expression in TIMEX3 practice. */
    private static boolean isDate(Doc doc, Pipeline.RawTimex t) {
        String text = t.text().trim();
        String l = Words.lc(text);
        if (BARE_PLURAL.matcher(text).matches()) return false;            // "over the years", "days"
        if (l.equals("once") || l.equals("current") || l.equals("currents")) return false;
        if (t.value() != null && t.value().matches(".*-(FA|SP|SU|WI)") && l.matches("falls?|springs?|summers?|winters?|autumns?")) {
            // A one-word season is a date only after "in/this/last/..." or before a year ("stock falls" is not).
            String before = Words.lc(doc.text.substring(Math.max(0, t.start() - 12), t.start()).trim());
            String prev = before.contains(" ") ? before.substring(before.lastIndexOf(' ') + 1) : before;
            boolean yearAfter = doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 6)).matches("\\s+\\d{4}.*");
            if (!yearAfter && !java.util.Set.of("in", "this", "last", "next", "early", "late", "during", "by", "until",
                    "since", "the", "of", "coming", "past").contains(prev)) return false;
        }
        int i = doc.tokenAtOrAfter(t.start());
        if (i < doc.toks.size()) {
            Doc.Tok first = doc.toks.get(i);
            // "stocks falls", "spring into action": a one-word season or noun used as a verb.
            if (first.end() >= t.end() && first.pos().startsWith("VB")) return false;
        }
        String after = doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 12));
        // "about a quarter, of its dealers": a fraction, not three months.
        if ("DURATION".equals(t.type()) && l.matches("(?:about |almost |nearly |roughly )?(?:a|one|three) quarters?")
                && after.matches("(?s)(?:,?\\s*of|\\s*(?:point|percentage|percent))\\b.*")) return false;
        // "not a day anybody...": "a day" is a duration only after a preposition, adverb or verb, or before ago/later/after.
        if ("DURATION".equals(t.type()) && l.matches("an? (?:day|week|month|year|night)") && i > 0) {
            Doc.Tok prev = doc.toks.get(i - 1);
            String pw = Words.lc(prev.word());
            // "for a day", "lasted a week", "almost a year"; not "not a day", "is a day".
            boolean prep = prev.pos().equals("IN") || prev.pos().equals("TO") || prev.pos().equals("JJR")
                    || prev.pos().equals("RB") && !pw.equals("not")
                    || prev.pos().startsWith("VB") && !java.util.Set.of("is", "was", "are", "were", "be", "been", "being", "'s").contains(pw);
            boolean rel = after.matches("(?is)\\s*(?:ago|later|earlier|after|before|long|old|from|since|on|in advance)\\b.*");
            if (!prep && !rel) return false;
        }
        // "A second group", "a second term": the ordinal, not one second.
        if (l.matches("an? second") && i < doc.toks.size()) {
            int j = doc.tokenAtOrAfter(t.end());
            if (j < doc.toks.size() && doc.toks.get(j).pos().matches("NN.*|JJ.*|VBG")) return false;
        }
        if (l.equals("future") && t.start() > 0) {
            String before = Words.lc(doc.text.substring(Math.max(0, t.start() - 8), t.start()).trim());
            if (before.endsWith("its") || before.endsWith("his") || before.endsWith("her") || before.endsWith("their")
                    || before.endsWith("our") || before.endsWith("'s") || before.endsWith("’s")) return false;
        }
        return true;
    }

    /** A bare month: past sentence -> the latest such month up to the reference; future -> the next one. */
    private static String month(Doc doc, Pipeline.RawTimex t, String value, LocalDate ref) {
        Matcher m = BARE_MONTH.matcher(t.text().trim());
        if (!m.matches() || value == null || !value.matches("\\d{4}-\\d{2}")) return value;
        int mon = PublishedDateInference.monthOf(m.group(1));
        Matcher r = RANGE_YEAR.matcher(doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 40)));
        if (r.find()) return String.format(Locale.ROOT, "%s-%02d", r.group(1), mon);
        int year = switch (Tense.around(doc, t.start())) {
            case PAST -> mon <= ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
            case FUTURE -> mon >= ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
            case PRESENT -> nearestYear(mon, ref);
        };
        return String.format(Locale.ROOT, "%04d-%02d", year, mon);
    }

    /** Present tense says nothing of direction: the occurrence of the month nearest to the reference. */
    static int nearestYear(int month, LocalDate ref) {
        int diff = month - ref.getMonthValue(); // -11..11
        if (diff > 6) return ref.getYear() - 1;
        if (diff < -6) return ref.getYear() + 1;
        return ref.getYear();
    }

    /** "aircraft today" (a noun then "today" at the clause end) and "today's X" are the generic present. */
    private static String generic(Doc doc, Pipeline.RawTimex t, String value) {
        if (!Words.lc(t.text()).startsWith("today")) return value;
        int i = doc.tokenAtOrAfter(t.start());
        // "today's GM": today's + a proper name is the present-day entity, not the day.
        if (i + 2 < doc.toks.size() && doc.toks.get(i + 1).pos().equals("POS") && doc.toks.get(i + 2).pos().startsWith("NNP")) return "PRESENT_REF";
        if (i > 0 && i + 1 < doc.toks.size()) {
            Doc.Tok prev = doc.toks.get(i - 1), next = doc.toks.get(i + 1);
            boolean clauseEnd = next.word().equals(".") || next.word().equals(",") || next.word().equals(";");
            // "more efficient than the equivalent aircraft today": a comparison with the present.
            Doc.Sent s = doc.sentenceAt(t.start());
            boolean than = false;
            for (int k = s.tokFrom(); k < i; k++) if (Words.lc(doc.toks.get(k).word()).equals("than")) than = true;
            if ((prev.pos().equals("NN") || prev.pos().equals("NNS")) && clauseEnd && than) return "PRESENT_REF";
        }
        return value;
    }

    /**
     * "the same day", "that day", "the following day", "a day earlier": counted from the latest full
     * date written before it (the event's day), not from the published date.
     */
    private static String anaphoric(Pipeline.RawTimex t, String value, List<Resolved> before) {
        if (ExtraTimex.SAME_PERIOD_YEAR_BEFORE.equals(value)) return samePeriodYearBefore(before);
        String text = t.text().trim();
        Matcher prev = PREV_UNIT.matcher(text);
        if (prev.matches()) {
            // "fell to 52.9 in June from 62.7 the previous month": the unit before the last one written.
            boolean month = Words.lc(prev.group(1)).equals("month");
            for (int k = before.size() - 1; k >= 0; k--) {
                String v = before.get(k).value();
                if (month && v.matches("\\d{4}-\\d{2}(?:-\\d{2}.*)?")) return java.time.YearMonth.parse(v.substring(0, 7)).minusMonths(1).toString();
                if (!month && v.matches("\\d{4}(?:-.*)?")) return String.valueOf(Integer.parseInt(v.substring(0, 4)) - 1);
            }
            return value;
        }
        int offset;
        if (SAME_DAY.matcher(text).matches()) offset = 0;
        else if (NEXT_DAY.matcher(text).matches()) offset = 1;
        else if (PREV_DAY.matcher(text).matches()) offset = -1;
        else return value;
        for (int k = before.size() - 1; k >= 0; k--) {
            String v = before.get(k).value();
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) return LocalDate.parse(v.substring(0, 10)).plusDays(offset).toString();
        }
        return value;
    }

    /** The latest quarter/month/week/day written before, one year earlier; else null (dropped). */
    private static String samePeriodYearBefore(List<Resolved> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Matcher m = Pattern.compile("^(\\d{4})(-(?:Q[1-4]|H[12]|W\\d{2}|\\d{2}(?:-\\d{2})?))$").matcher(before.get(k).value());
            if (m.matches()) return (Integer.parseInt(m.group(1)) - 1) + m.group(2);
        }
        return null;
    }

    private static final Pattern PREV_UNIT = Pattern.compile("(?i)^the\\s+(?:previous|preceding|prior)\\s+(month|year)$");
    private static final Pattern NEXT_DAY = Pattern.compile(
            "(?i)^(?:the\\s+(?:following|next)\\s+day|(?:a|one|the)\\s+day\\s+(?:later|after))$");
    private static final Pattern PREV_DAY = Pattern.compile(
            "(?i)^(?:the\\s+(?:previous|preceding)\\s+day|(?:a|one|the)\\s+day\\s+(?:earlier|before))$");

    /** A time of day takes the date written in its sentence ("Tuesday ... at 18:00 UTC"). */
    private static String anchorTime(Doc doc, Pipeline.RawTimex t, String value, List<Resolved> before) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) return value;
        Doc.Sent s = doc.sentenceAt(t.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Resolved r = before.get(k);
            if (r.start() < s.start()) break;
            if (r.value().matches("\\d{4}-\\d{2}-\\d{2}")) return r.value() + value.substring(10);
        }
        return value;
    }

    /** Without a reference date: SUTime leaves anchored values unresolved; give them an XXXX form. */
    static String unresolved(String text, String value, String alt, String type) {
        if (ExtraTimex.SAME_PERIOD_YEAR_BEFORE.equals(value)) return "XXXX";
        if (value != null && value.startsWith("T")) return "XXXX-XX-XX" + value;                // "17:30 UTC"
        if (value != null && (value.matches(".*\\d.*") || value.endsWith("_REF") || value.startsWith("P"))) return value;
        Matcher wd = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b").matcher(text);
        if (wd.find() && !"DURATION".equals(type) && !"SET".equals(type)) {
            return "XXXX-WXX-" + dayOf(wd.group(1)).getValue();                                // "Tuesday"
        }
        Matcher mo = MONTH_WORD.matcher(text);
        if (mo.find() && "DATE".equals(type)) {
            return String.format(Locale.ROOT, "XXXX-%02d", PublishedDateInference.monthOf(mo.group(1))); // "last September"
        }
        if (value == null && alt == null) return null;
        return switch (type) {
            case "TIME" -> "XXXX-XX-XXTXX:XX";
            case "DURATION" -> "PX";
            case "SET" -> value != null ? value : "XXXX";
            default -> alt != null && alt.contains("P1W") ? "XXXX-WXX" : alt != null && alt.contains("P1M") ? "XXXX-XX"
                    : alt != null && alt.contains("P1Y") ? "XXXX" : "XXXX-XX-XX";
        };
    }

    private static final Pattern MONTH_WORD = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b");

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
