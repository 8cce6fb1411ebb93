package org.newslens.extract;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date cues of real news-wire and broadcast prose (the second wire set, issue 10), kept apart from the
 * general classes so that each rule stays small:
 * <ul>
 *   <li>what is not a date: "a third quarter of decline", a newspaper called a "daily" or "weekly" ("the party daily Neues Deutschland"), a capitalised
 *   day word that ends a name ("The World Today", "USA Today"), "An SEC official", a bare unit word with no
 *   quantity ("a historic hour", "her third night"), "a future" that one has ("to have a future in");</li>
 *   <li>clock times of speech: "4 o'clock" in the day's business hours is the afternoon; "eight this evening"
 *   is a clock time on that evening; "a year and a half" is one duration;</li>
 *   <li>direction: a year-less day right after a noun or adjective ("payable Dec. 1", "of record Nov. 10")
 *   names that noun's time, not the past verb's; a present-tense verb in a "when/until/before/after/once"
 *   clause under a future main clause ("expect him to speak when he testifies on Friday") is the future;</li>
 *   <li>"last spring": the latest such season that is over by the publication date.</li>
 * </ul>
 */
final class WireCues {
    private WireCues() {}

    private static final String ORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("(?i)^(an?\\s+)?" + ORD + "\\s+quarter$");
    private static final Pattern ACRONYM = Pattern.compile("^(?:An?|an?)\\s+(?:SEC|MIN|HR|MO|YR|WK)$");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)^(?:hour|minute|night)$");
    private static final Pattern TIME_NOUN = Pattern.compile(
            "(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?$|^\\d{4}$|^(?:year|month|week|quarter|season|the|this|next|last|fiscal)$");
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "late", "early", "next", "previous", "following", "same",
            "whole", "entire", "final", "first", "single", "full");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having");
    private static final Pattern MONTH_OR_DAY = Pattern.compile(
            "(?i)^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|mon|tues?|wed|wednes|thu|thurs?|fri|sat|satur|sun)(?:day)?\\.?$");

    /** True when {@code t} (normalised) is not a temporal expression by one of the rules above. */
    static boolean notADate(Doc doc, Timex t) {
        String text = t.text().trim();
        if (ACRONYM.matcher(text).matches()) return true;
        int i = doc.tokenAtOrAfter(t.start());
        int after = doc.tokenAtOrAfter(t.end());
        Doc.Tok prev = i > 0 && i <= doc.toks.size() ? doc.toks.get(i - 1) : null;
        // "a historic hour", "her third night": a unit word after an adjective that is no time modifier measures nothing.
        if (BARE_UNIT.matcher(text).matches() && prev != null && prev.pos().startsWith("JJ") && !TIME_MODIFIERS.contains(Words.lc(prev.word()))) return true;
        Doc.Tok prev2 = i > 1 && i <= doc.toks.size() ? doc.toks.get(i - 2) : null;
        Doc.Tok next = after < doc.toks.size() ? doc.toks.get(after) : null;
        Doc.Tok next2 = after + 1 < doc.toks.size() ? doc.toks.get(after + 1) : null;
        String l = Words.lc(text);
        // "a third quarter of decline": "a" + ordinal counts a series of the story's own periods.
        Matcher oq = ORDINAL_QUARTER.matcher(text);
        if (oq.matches() && (oq.group(1) != null || prev != null && (Words.lc(prev.word()).equals("a") || Words.lc(prev.word()).equals("an")))
                && next != null && Words.lc(next.word()).equals("of") && next2 != null
                && !TIME_NOUN.matcher(next2.word()).matches() && !next2.pos().equals("CD")) return true;
        // "the Communist Party daily Neues Deutschland", "the weekly Der Spiegel": a newspaper, named after it.
        if ((l.equals("daily") || l.equals("weekly")) && next != null && next.pos().startsWith("NNP")
                && !MONTH_OR_DAY.matcher(next.word()).matches() && prev != null
                && (prev.pos().startsWith("NN") || prev.pos().equals("DT"))) return true;
        // "The World Today", "USA Today": a capitalised day word right after a capitalised name word, mid-sentence.
        if ((text.equals("Today") || text.equals("Tonight")) && prev != null && prev.pos().startsWith("NNP")
                && Character.isUpperCase(prev.word().charAt(0)) && !MONTH_OR_DAY.matcher(prev.word()).matches()) {
            Doc.Sent s = doc.sentenceAt(t.start());
            if (s != null && s.start() < prev.start()) return true;
        }
        // "to have a future in their homeland": a future one has is a prospect (decision 5).
        if (l.equals("future") && prev != null && Words.lc(prev.word()).equals("a") && prev2 != null && HAVE.contains(Words.lc(prev2.word()))) return true;
        // "That future needs freedom": the prospect just named, the subject of a verb.
        if (l.equals("future") && prev != null && (Words.lc(prev.word()).equals("that") || Words.lc(prev.word()).equals("this"))
                && next != null && (next.pos().equals("VBZ") || next.pos().equals("VBD") || next.pos().equals("MD"))) return true;
        return false;
    }

    private static final Pattern OCLOCK = Pattern.compile("(?i)o['’]clock");
    private static final Pattern MORNING_AFTER = Pattern.compile("(?i)^\\W{0,3}(?:in\\s+the\\s+morning|a\\.?m\\.?|this\\s+morning|at\\s+night)");
    private static final Pattern CLOCK_VALUE = Pattern.compile("^(.{10})T0([1-6]):(\\d{2})$");
    private static final Pattern SPOKEN_HOUR_BEFORE = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+$");
    private static final Pattern EVENING_PART = Pattern.compile("(?i)^(?:this\\s+(?:evening|afternoon)|tonight)$");
    private static final Pattern DATE_PART = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T(?:EV|AF|NI)$");
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)^\\s+and\\s+a\\s+half\\b");
    private static final Pattern WHOLE_DURATION = Pattern.compile("^P(\\d+)([YMWD])$");

    /** Clock times and durations of speech, on the composed expression; returns {@code t} or its replacement. */
    static Timex adjust(Doc doc, Timex t) {
        t = verbBeforeWeekday(doc, lastMonthDay(doc, t));
        String v = t.value();
        if (v == null) return t;
        String after = doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 24));
        Matcher m;
        // "the closing bell at 4 o'clock": an hour from one to six without a morning word is the afternoon's.
        if (OCLOCK.matcher(t.text()).find() && (m = CLOCK_VALUE.matcher(v)).matches() && !MORNING_AFTER.matcher(after).find()) {
            return t.withValue(m.group(1) + "T" + (12 + Integer.parseInt(m.group(2))) + ":" + m.group(3));
        }
        // "by eight this evening": a spoken hour before the evening (afternoon, night) of a day.
        if (EVENING_PART.matcher(t.text().trim()).matches() && (m = DATE_PART.matcher(v)).matches()) {
            String before = doc.text.substring(Math.max(0, t.start() - 12), t.start());
            Matcher h = SPOKEN_HOUR_BEFORE.matcher(before);
            if (h.find()) {
                int hour = TimexValues.number(h.group(1));
                if (hour >= 1 && hour <= 11) {
                    int s = t.start() - (before.length() - h.start());
                    return new Timex(s, t.end(), doc.text.substring(s, t.end()), m.group(1) + String.format("T%02d:00", hour + 12), "TIME", null);
                }
            }
        }
        // "for a year and a half": one duration of one and a half units.
        if ("DURATION".equals(t.type()) && (m = WHOLE_DURATION.matcher(v)).matches() && (after.length() > 0) && AND_A_HALF.matcher(after).find()) {
            Matcher a = AND_A_HALF.matcher(after);
            a.find();
            int end = t.end() + a.end();
            return new Timex(t.start(), end, doc.text.substring(t.start(), end), "P" + m.group(1) + ".5" + m.group(2), t.type(), t.rel());
        }
        return t;
    }

    /** "payable Dec. 1", "stock of record Nov. 10": a year-less day written right after a noun or adjective, no preposition. */
    static boolean bareAttached(Doc doc, int start) {
        if (!WRITTEN_DAY.matcher(doc.text).region(start, Math.min(doc.text.length(), start + 16)).lookingAt()) return false;
        int i = doc.tokenAtOrAfter(start) - 1;
        if (i < 0) return false;
        String p = doc.toks.get(i).pos();
        return p.equals("JJ") || p.equals("NN") || p.equals("NNS");
    }

    private static final Pattern WRITTEN_DAY = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d");
    private static final Set<String> TEMPORAL_SUBORDINATORS = Set.of("when", "until", "till", "before", "after", "once");
    private static final Set<String> FUTURE_MAIN = Set.of("will", "'ll", "’ll", "shall", "would", "expect", "expects", "expected",
            "plan", "plans", "planned", "hope", "hopes", "going", "scheduled", "due");

    /**
     * "Analysts expect him to speak when he testifies on Friday", "will stay until the board meets
     * Monday": a present-tense verb group at token {@code v} in a temporal clause whose main clause,
     * before it, points forward (a future modal, a verb of expecting or planning, or a to-infinitive).
     */
    static boolean presentForFuture(Doc doc, Doc.Sent s, int v) {
        String p = doc.toks.get(v).pos();
        if (!p.equals("VBZ") && !p.equals("VBP")) return false;
        boolean sub = false;
        for (int i = v - 1; i >= s.tokFrom(); i--) {
            Doc.Tok t = doc.toks.get(i);
            String w = Words.lc(t.word());
            if (t.pos().equals("``") || t.pos().equals("''")) return false;
            if (!sub) {
                if (TEMPORAL_SUBORDINATORS.contains(w)) sub = true;
                else if (t.pos().startsWith("VB") || t.pos().equals("MD") || w.equals(",") || w.equals(";")) return false;
                continue;
            }
            if (FUTURE_MAIN.contains(w)) return true;
            if (w.equals("to") && i + 1 < s.tokTo() && doc.toks.get(i + 1).pos().equals("VB")) return true;
        }
        return false;
    }

    private static final Pattern WEEK_AROUND = Pattern.compile("(?i)^the\\s+(week|day)\\s+(before|after)\\s+\\S.*$");
    private static final Pattern LAST_MONTH_WORD = Pattern.compile("(?i)^last\\s+" + "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)" + "\\.?$");
    private static final Pattern DAY_AFTER = Pattern.compile("^\\s+(\\d{1,2})\\b(?!\\s*(?:,\\s*)?\\d{4})");

    /** "the week before Christmas", "the day after May 4": the week (day) next to the day named; null for other expressions. */
    static String aroundDay(String text, String value) {
        Matcher m = WEEK_AROUND.matcher(text.trim());
        if (!m.matches() || value == null || !TimexValues.isDate(value)) return null;
        LocalDate d = LocalDate.parse(value).plusDays(Words.lc(m.group(2)).equals("before") ? -1 : 1);
        if (Words.lc(m.group(1)).equals("day")) return d.toString();
        return TimexValues.week(LocalDate.parse(value).plusDays(Words.lc(m.group(2)).equals("before") ? -7 : 7));
    }

    /** "last Sept. 30": a month after "last" with its day written after it is one day (the finder stopped at the month). */
    static Timex lastMonthDay(Doc doc, Timex t) {
        String v = t.value();
        if (v == null || !LAST_MONTH_WORD.matcher(t.text().trim()).matches() || TimexValues.granularity(v) != 'M' || v.startsWith("XXXX")) return t;
        Matcher m = DAY_AFTER.matcher(doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 12)));
        if (!m.find()) return t;
        int day = Integer.parseInt(m.group(1));
        LocalDate first = LocalDate.parse(v + "-01");
        if (day < 1 || day > first.lengthOfMonth()) return t;
        int end = t.end() + m.end(1);
        return new Timex(t.start(), end, doc.text.substring(t.start(), end), first.withDayOfMonth(day).toString(), "DATE", null);
    }

    /** Verbs of a scheduled event, whose simple present with a day is the future in news ("the offer expires Friday"). */
    private static final Set<String> SCHEDULE = Set.of("end", "begin", "start", "open", "close", "expire", "resume", "meet",
            "convene", "reconvene", "arrive", "depart", "leave", "return", "adjourn", "recess");

    /** "the 12 months that end Saturday", "the board meets Monday": token {@code v}, a simple present of a scheduled event. */
    static boolean scheduledPresent(Doc doc, int v) {
        Doc.Tok t = doc.toks.get(v);
        if (!t.pos().equals("VBZ") && !t.pos().equals("VBP")) return false;
        String lemma = t.lemma() != null ? Words.lc(t.lemma()) : Words.lc(t.word());
        return SCHEDULE.contains(lemma);
    }

    private static final Pattern VERB_THEN_WEEKDAY = Pattern.compile("(?i)^(\\S+)\\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)$");

    /** "that end Saturday": the finder took the verb into the expression; the weekday alone, its week by direction. */
    static Timex verbBeforeWeekday(Doc doc, Timex t) {
        Matcher m = VERB_THEN_WEEKDAY.matcher(t.text());
        if (!m.matches() || "DURATION".equals(t.type()) || "SET".equals(t.type())) return t;
        int i = doc.tokenAtOrAfter(t.start());
        if (i >= doc.toks.size() || !doc.toks.get(i).pos().startsWith("VB")) return t;
        int s = t.start() + m.start(2);
        return new Timex(s, t.end(), doc.text.substring(s, t.end()), "XXXX-WXX-" + TimexValues.weekday(m.group(2)).getValue(), "DATE", null);
    }

    private static final Pattern LAST_SEASON = Pattern.compile("(?i)^last\\s+(spring|summer|fall|autumn|winter)$");

    /** "last spring": the latest such season that ended before {@code dct}; null for other expressions. */
    static String lastSeason(String text, LocalDate dct) {
        Matcher m = LAST_SEASON.matcher(text.trim());
        if (!m.matches() || dct == null) return null;
        String code = switch (Words.lc(m.group(1))) {
            case "spring" -> "SP"; case "summer" -> "SU"; case "winter" -> "WI"; default -> "FA";
        };
        for (int y = dct.getYear(); y >= dct.getYear() - 2; y--) {
            LocalDate from = TimexValues.firstDay(y + "-" + code);
            if (from != null && from.plusMonths(3).minusDays(1).isBefore(dct)) return y + "-" + code;
        }
        return null;
    }
}
