package org.newslens.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mechanism (e): what looks like a temporal expression but is not one in TIMEX3 practice. Each
 * test is a use of a time word that is not about time: a bare unit plural ("over the years"), a
 * unit word used as a verb or a fraction ("stocks fall", "a quarter of its dealers", "a quarter
 * point"), an ordinal ("a second bank", "the second of the big three"), "a day" that measures
 * nothing ("not a day anyone enjoyed", "a day trip"), "the future" meaning prospects ("its
 * future", "the future of the plant"), "the day" of an undated event ("the day the deal was
 * announced"), an apostrophe year that is a possessive before a number ("Hendricks' 45 percent"), a
 * rate of speed ("200 miles an hour"), a fiscal year ("fiscal 1989"; decision 6), an anaphoric "at the time".
 */
final class NotADate {
    private NotADate() {}

    private static final Pattern BARE_PLURAL = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)|day|week|month|year)$");
    private static final Pattern AGE = Pattern.compile("(?i)^\\S+[-\\s](?:year|month|week|day)s?[-\\s]old$");
    private static final Pattern BARE_RELATIVE = Pattern.compile("(?i)^(?:seconds|minutes|hours|days|weeks|months|years|decades)\\s+(?:later|earlier|after|before)$");
    private static final Set<String> IDENTIFIER_NOUNS = Set.of("flight", "route", "highway", "interstate", "room", "gate", "platform",
            "train", "bus", "model", "no.", "number", "bill", "resolution", "lot", "suite", "section", "article", "code", "unit", "pier");
    private static final Pattern EVENT_ORDINAL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:day|week|month|year)$");
    private static final Pattern TIME_NOUN = Pattern.compile(
            "(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?$|^\\d{4}$|^(?:year|month|week|quarter|season|decade|century|the|this|next|last)$");

    /** After a possessive ("its third week") or "a" ("for a third day"), or before "of" + a phrase that is not a time ("the third day of the strike"). */
    private static boolean eventOrdinal(Doc doc, Timex t) {
        int i = doc.tokenAtOrAfter(t.start());
        if (i > 0 && (doc.toks.get(i - 1).pos().equals("PRP$") || doc.toks.get(i - 1).pos().equals("POS"))) return true;
        // "fell for a third day": "a" + ordinal counts a series, it names no day.
        if (i > 0 && !t.text().regionMatches(true, 0, "the", 0, 3) && (Words.lc(doc.toks.get(i - 1).word()).equals("a") || Words.lc(doc.toks.get(i - 1).word()).equals("an"))) return true;
        int j = doc.tokenAtOrAfter(t.end());
        if (j + 1 >= doc.toks.size() || !Words.lc(doc.toks.get(j).word()).equals("of")) return false;
        int k = j + 1;
        String w = doc.toks.get(k).word();
        if (doc.toks.get(k).pos().equals("DT") || doc.toks.get(k).pos().equals("PRP$")) {
            if (k + 1 >= doc.toks.size()) return false;
            // "the first day of the month/year" is a time; "of the strike", "of his presidency" are events.
            return !TIME_NOUN.matcher(doc.toks.get(k + 1).word()).matches();
        }
        return !TIME_NOUN.matcher(w).matches() && !doc.toks.get(k).pos().equals("CD");
    }

    private static final Pattern ACRONYM_UNIT = Pattern.compile("^(?:the\\s+)?(?:SEC|SECS|MIN|MINS|HR|HRS|MO|YR|WK)$");
    private static final Pattern ORDINAL_PLURAL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:first|last|final|closing|opening|early|late|dying)\\s+(?:seconds|minutes|hours|days|weeks|months|years|decades)$");
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)^(?:the\\s+)?(falls?|springs?|summers?|winters?|autumns?)$");
    private static final Set<String> SEASON_LEADS = Set.of("in", "this", "last", "next", "early", "late", "during", "by", "until",
            "since", "of", "coming", "past", "through", "throughout", "over", "that", "each", "every", "mid");
    private static final Pattern FRACTION = Pattern.compile("(?i)^(?:about |almost |nearly |roughly |some |over |more than )?(?:a|one|two|three) quarters?$");
    private static final Pattern FRACTION_AFTER = Pattern.compile("(?s)^(?:,?\\s*of|\\s*(?:point|percentage|percent|basis|-point))\\b.*");
    private static final Pattern A_UNIT = Pattern.compile("(?i)^an? (?:day|week|month|year|night)$");
    private static final Pattern RELATION_AFTER = Pattern.compile("(?is)^\\s*(?:ago|later|earlier|after|before|long|old|from|since|on|in advance|or)\\b.*");
    private static final Pattern NAMED_SEASON = Pattern.compile("^(?:[Tt]he\\s+)?(?:(?:next|last|this|first)\\s+)?(?:Summer|Winter|Spring|Autumn)$");
    private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)^(?:an?|the) second$");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s\\d{4}\\b");
    /** "Hendricks' 45 percent": an apostrophe that ends the word before, not a year's "'45". */
    private static final Pattern LOOSE_APOSTROPHE_YEAR = Pattern.compile("^['’]\\s+\\d{2}$");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)\\b(?:fiscal|financial)(?:\\s+year)?\\s+$");
    private static final Pattern FISCAL_PERIOD = Pattern.compile("(?i)\\b(?:fiscal|financial)[\\s-](?:year|quarter|half)\\b");
    private static final Pattern PER_SHORT_UNIT = Pattern.compile("(?i)^(?:an?|per|each)\\s+(?:hour|minute|second)$");
    /** Units of length: "miles an hour" is a speed, not a time. */
    private static final Set<String> LENGTH_UNITS = Set.of("miles", "mile", "kilometers", "kilometres", "km", "meters", "metres",
            "feet", "foot", "yards", "inches", "knots", "nautical");
    private static final Pattern NAME_DAY = Pattern.compile("^(?:Today|Tonight|Tomorrow)$");
    /** Nouns for the people paid by a unit of time ("hourly workers"). */
    private static final Set<String> STAFF_NOUNS = Set.of("workers", "worker", "employees", "employee", "staff", "workforce",
            "personnel", "members", "labor", "labour");
    /** Words that order events without naming a time (SUTime reads some of them as PAST_REF). */
    private static final Pattern SEQUENCE_WORD = Pattern.compile(
            "^(?:previously|formerly|initially|originally|earlier|later|subsequently|afterwards?|beforehand|to\\s+date|so\\s+far|thus\\s+far|soon\\s+after)$");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "’s");

    /** "the 116th minute", "the first minute": a minute counted in a match or an event, no clock time. */
    private static final Pattern ORDINAL_MINUTE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\\s+minutes?$");
    /** A modifier left alone when the period it modified was dropped ("early in" of "early in the second half"). */
    private static final Pattern LONE_MODIFIER = Pattern.compile("(?i)^(?:early|late|mid|earlier|later)(?:\\s+in)?$");
    /** "the second half", "the fourth quarter": in a match report, a period of the game, not of the year. */
    private static final Pattern GAME_PERIOD = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:(?:first|second|opening|final|last)\\s+half|(?:first|second|third|fourth|final|last|opening)\\s+(?:quarter|period|innings?))$");
    /** A match report: a score after a verb of winning or losing ("beating the Seahawks 21-10"), or the words of a game. */
    private static final Pattern MATCH_REPORT = Pattern.compile(
            "(?i)\\b(?:beat|beats|beating|beaten|defeated|defeating|won|win|wins|winning|lost|losing|drew|draw|tied|ended|finished)\\s+(?:\\S+\\s+){0,4}?\\d{1,3}-\\d{1,3}\\b"
            + "|\\b(?:half-time|halftime|kick-off|touchdowns?|goalkeeper|extra\\s+time|overtime|penalty\\s+shoot-?out)\\b");
    /** Prepositions after which a capitalised "March" is a march ("the March on Washington"), not the month. */
    private static final Set<String> MARCH_PREPOSITIONS = Set.of("on", "to", "from", "against", "for", "through", "across", "of");
    /** Compound nouns headed by "hour" that name no length of time ("rush hour", "happy hour"). */
    private static final Set<String> HOUR_COMPOUNDS = Set.of("rush", "happy", "zero", "witching");

    /** True when {@code t} should be dropped. */
    static boolean test(Doc doc, Timex t) {
        String text = t.text().trim();
        String l = Words.lc(text);
        if (ORDINAL_MINUTE.matcher(text).matches() || LONE_MODIFIER.matcher(text).matches()) return true;
        // In a match report "the second half" is the game's: a period of the year is written with its year ("the second half of 2010").
        if (GAME_PERIOD.matcher(text).matches() && !doc.text.startsWith(" of", t.end()) && MATCH_REPORT.matcher(doc.text).find()) return true;
        if (BARE_PLURAL.matcher(text).matches()) return true;
        if (WireCues.notADate(doc, t)) return true;
        // Decision 8: an age ("a 158-year-old firm") is not annotated; decision 11: "hours later", "days after" stay bare.
        if (AGE.matcher(text).matches() || BARE_RELATIVE.matcher(text).matches()) return true;
        // "Flight 1549", "Route 2010": a number that names a thing, not a year.
        if (FOUR_DIGIT_YEAR.matcher(text).matches() && t.start() > 0) {
            int k = doc.tokenAtOrAfter(t.start());
            if (k > 0 && IDENTIFIER_NOUNS.contains(Words.lc(doc.toks.get(k - 1).word()))) return true;
        }
        // Decision 7: "in its second year of losses", "the third day of the strike": an ordinal of an event's own time, not a calendar date.
        if (EVENT_ORDINAL.matcher(text).matches() && eventOrdinal(doc, t)) return true;
        // "the SEC", "MIN": a unit abbreviation written in capitals is an acronym, not a time.
        if (ACRONYM_UNIT.matcher(text).matches()) return true;
        // "in the first minutes of trading", "the final days": an ordinal is no quantity, the plural stays bare.
        if (ORDINAL_PLURAL.matcher(text).matches()) return true;
        if (l.equals("once") || l.equals("current") || l.equals("currents")) return true;
        // Annotation rule 3: a relative sequence word alone ("previously", "formerly", "so far") orders events; it names no time.
        if (SEQUENCE_WORD.matcher(l).matches()) return true;
        // "At the time, ...": an anaphoric time with no value of its own (like "by that time"), not a past reference.
        if ((l.equals("time") || l.equals("the time") || l.equals("that time")) && t.rel() == null) return true;
        if (LOOSE_APOSTROPHE_YEAR.matcher(text).matches()) return true;
        // "fiscal 1989": a fiscal year has no calendar value the article gives (decision 6).
        // Revision 7: "the last financial quarter", "the current fiscal year" read by SUTime as calendar periods; only the
        // grammar's fiscal quarters (FQ, mapped by NarrativeTime where the article gives the quarter's end) are dates.
        if (FISCAL_PERIOD.matcher(text).find() && (t.value() == null || !t.value().startsWith("FQ"))) return true;
        if (FOUR_DIGIT_YEAR.matcher(text).matches() && FISCAL_BEFORE.matcher(doc.text.substring(Math.max(0, t.start() - 20), t.start())).find()) return true;
        int i = doc.tokenAtOrAfter(t.start());
        int after = doc.tokenAtOrAfter(t.end());
        Doc.Tok prev = i > 0 ? doc.toks.get(i - 1) : null;
        Doc.Tok next = after < doc.toks.size() ? doc.toks.get(after) : null;
        String rest = doc.text.substring(t.end(), Math.min(doc.text.length(), t.end() + 12));
        // A one-word expression the tagger reads as a verb: "stocks fall", "spring into action".
        if (i < doc.toks.size() && doc.toks.get(i).end() >= t.end() && doc.toks.get(i).pos().startsWith("VB")) return true;
        if (SEASON_WORD.matcher(text).matches() && !season(doc, t, l, prev)) return true;
        // "the Summer Olympics", "the next Winter Games": a capitalised season inside a name, not at the sentence's start.
        if (NAMED_SEASON.matcher(text).matches() && next != null && Character.isUpperCase(next.word().charAt(0))
                && doc.sentenceAt(t.start()) != null && doc.sentenceAt(t.start()).start() < t.start()) return true;
        // "The Tonight Show", "the Today programme": a capitalised day word inside a name, not at the sentence's start.
        if (NAME_DAY.matcher(text).matches() && prev != null && Words.lc(prev.word()).equals("the") && next != null
                && Character.isUpperCase(next.word().charAt(0)) && doc.sentenceAt(t.start()) != null && doc.sentenceAt(t.start()).start() < prev.start()) return true;
        // "the March on Washington", "a March to the sea": a march, named with a capital, not the month.
        if (l.equals("march") && prev != null && (Words.lc(prev.word()).equals("the") || Words.lc(prev.word()).equals("a"))
                && next != null && MARCH_PREPOSITIONS.contains(Words.lc(next.word()))) return true;
        // "during rush hour": the name of a time of day, not one hour.
        if ((l.equals("hour") || l.equals("an hour")) && prev != null && HOUR_COMPOUNDS.contains(Words.lc(prev.word()))) return true;
        // "its hourly workers", "salaried and hourly employees": a class of pay, not a rate of events.
        if (l.equals("hourly") && next != null && STAFF_NOUNS.contains(Words.lc(next.word()))) return true;
        // "200 miles an hour", "90 kilometres per hour": a speed.
        if (PER_SHORT_UNIT.matcher(l).matches() && prev != null && LENGTH_UNITS.contains(Words.lc(prev.word()))) return true;
        if ("DURATION".equals(t.type()) && FRACTION.matcher(l).matches() && FRACTION_AFTER.matcher(rest).matches()) return true;
        if ("DURATION".equals(t.type()) && A_UNIT.matcher(l).matches() && !measures(prev, next, rest)) return true;
        if (ORDINAL_SECOND.matcher(l).matches()) {
            if (l.startsWith("the")) return true;
            if (next != null && (TimexValues.noun(next.pos()) || TimexValues.adjective(next.pos()) || next.pos().equals("VBG"))) return true;
            // "a second, much larger eruption": the ordinal before a comma and the rest of its noun phrase.
            if (next != null && next.word().equals(",") && after + 1 < doc.toks.size()) {
                String p2 = doc.toks.get(after + 1).pos();
                if (p2.startsWith("RB") || TimexValues.adjective(p2)) return true;
            }
        }
        if (l.endsWith("future") && t.rel() == null) {
            // Decision 5: "the future of X", "its future" are prospects, not a time.
            if (doc.text.startsWith(" of ", t.end())) return true;
            if (prev != null && (prev.pos().equals("PRP$") || prev.pos().equals("POS")) && l.equals("future")) return true;
            // "apartheid has no future": a prospect denied, not a time.
            if (prev != null && Words.lc(prev.word()).equals("no") && l.equals("future")) return true;
        }
        // Rule 7: "on the day of the attack", "the day after airing": a day named by an event, which the text may date elsewhere
        // but not here; its value would be a guess.
        if (l.equals("the day") && next != null && after + 1 < doc.toks.size()) {
            String n = Words.lc(next.word());
            Doc.Tok obj = doc.toks.get(after + 1);
            if (n.equals("of") && (obj.pos().equals("DT") || obj.pos().equals("PRP$") || obj.pos().startsWith("NN") && !obj.pos().startsWith("NNP"))) return true;
            if ((n.equals("after") || n.equals("before")) && obj.pos().equals("VBG")) return true;
        }
        if (l.equals("the day") && next != null && t.rel() != null) {
            // Decision 7: "the day the deal was announced": a day named by an event the text does not date.
            String p = next.pos();
            if (p.equals("DT") || p.equals("PRP") || p.startsWith("NNP") || p.equals("WRB") || p.equals("WDT") || p.equals("CD")) return true;
        }
        return false;
    }

    /** "stock falls" is not a season; "in the fall", "autumn meetings", "spring shows signs of hope" are. */
    private static boolean season(Doc doc, Timex t, String l, Doc.Tok prev) {
        boolean yearAfter = YEAR_AFTER.matcher(doc.text).region(t.end(), Math.min(doc.text.length(), t.end() + 6)).lookingAt();
        if (yearAfter) return true;
        int i = doc.tokenAtOrAfter(t.start());
        String w1 = i > 0 ? Words.lc(doc.toks.get(i - 1).word()) : "";
        String w2 = i > 1 ? Words.lc(doc.toks.get(i - 2).word()) : "";
        if (l.startsWith("the ")) return SEASON_LEADS.contains(w1);
        if (SEASON_LEADS.contains(w1) || w1.equals("the") && SEASON_LEADS.contains(w2)) return true;
        // "fall" and "spring" are also a drop and a coil: only with a temporal lead. The others stand alone.
        if (l.startsWith("fall") || l.startsWith("spring") && prev != null && prev.pos().equals("DT") || l.endsWith("s")) return false;
        return prev == null || !prev.pos().equals("DT") || w1.equals("the") || w1.equals("this");
    }

    /** "lasted a day", "for a day", "almost a year", "a day later": "a day" as a measure. */
    private static boolean measures(Doc.Tok prev, Doc.Tok next, String rest) {
        if (RELATION_AFTER.matcher(rest).matches()) return true;
        // "a day trip", "a week pass": a compound modifier of the noun after it.
        if (next != null && (TimexValues.noun(next.pos()) || next.pos().equals("JJ"))) return false;
        if (prev == null) return false;
        String pw = Words.lc(prev.word());
        String p = prev.pos();
        return p.equals("IN") || p.equals("TO") || p.equals("JJR")
                || p.equals("RB") && !pw.equals("not")
                || p.startsWith("VB") && !COPULAS.contains(pw);
    }

    private static final Set<String> MORE_LESS = Set.of("more", "less", "fewer", "rather");
    private static final Set<String> COMPARISON = Set.of("than", "compared", "unlike", "versus", "vs", "vs.");

    /**
     * A day word used for the time in general, told by structure, not by a list of nouns:
     * "in today's economy" (a preposition's object in a clause of no time), "today's GM" (a proper name),
     * "than the equivalent aircraft today" (a comparison with the present), "the cars of tomorrow".
     * Returns PRESENT_REF or FUTURE_REF, or null for the day itself.
     */
    static String genericUse(Doc doc, Timex t) {
        String l = Words.lc(t.text().trim());
        if (!l.equals("today") && !l.equals("tomorrow") && !l.equals("today's") && !l.equals("today’s")) return null;
        String ref = l.startsWith("today") ? "PRESENT_REF" : "FUTURE_REF";
        int i = doc.tokenAtOrAfter(t.start());
        if (i >= doc.toks.size()) return null;
        Doc.Tok prev = i > 0 ? doc.toks.get(i - 1) : null;
        int j = i + 1;
        if (j < doc.toks.size() && doc.toks.get(j).pos().equals("POS")) {
            // "today's X": the present when X is a name or a state of things, the day when X is an event.
            int n = j + 1;
            while (n < doc.toks.size() && doc.toks.get(n).pos().startsWith("JJ")) n++;
            if (n < doc.toks.size() && doc.toks.get(n).pos().startsWith("NNP")) return ref;
            // "do not work in today's economy": the object of a preposition in a clause of no time
            // is the present in general; "rose in today's trading", "commented on today's falls",
            // "today's plan is" (a subject) are the day.
            if (prev != null && prev.pos().equals("IN") && Tense.around(doc, t.start()) == Tense.PRESENT) return ref;
            return null;
        }
        // "the cars of tomorrow" (but "the events of today" is the day).
        if (ref.equals("FUTURE_REF") && prev != null && Words.lc(prev.word()).equals("of") && i > 1 && doc.toks.get(i - 2).pos().startsWith("NN")) return ref;
        // "fell from 1.8 million in 1950 to about 700,000 today": the present, as the end of a change since a past year.
        if (ref.equals("PRESENT_REF") && prev != null && (prev.pos().equals("CD") || prev.pos().startsWith("NN") && !prev.pos().startsWith("NNP"))) {
            Doc.Sent s = doc.sentenceAt(t.start());
            boolean to = false, year = false;
            for (int k = i - 1; k >= s.tokFrom(); k--) {
                String w = Words.lc(doc.toks.get(k).word());
                if (w.equals(";") || doc.toks.get(k).pos().startsWith("VB")) break;
                if (!to && w.equals("to")) to = true;
                else if (to && FOUR_DIGIT_YEAR.matcher(w).matches()) year = true;
                else if (to && w.equals("from")) { if (year) return ref; break; }
            }
        }
        // "... than the equivalent aircraft today": a noun, then "today" closing a comparison.
        if (prev != null && prev.pos().startsWith("NN") && !prev.pos().startsWith("NNP")) {
            Doc.Sent s = doc.sentenceAt(t.start());
            for (int k = i - 1; k >= s.tokFrom(); k--) {
                String w = Words.lc(doc.toks.get(k).word());
                // "rose more than 7 percent against the dollar today": "more than" + a number is a quantity, not a comparison.
                if (w.equals("than") && k > s.tokFrom() && MORE_LESS.contains(Words.lc(doc.toks.get(k - 1).word()))
                        && k + 1 < doc.toks.size() && doc.toks.get(k + 1).pos().equals("CD")) continue;
                if (COMPARISON.contains(w)) return ref;
                if (w.equals(",") || w.equals(";")) break;
            }
        }
        return null;
    }
}
