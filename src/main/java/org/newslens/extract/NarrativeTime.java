package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mechanism (b): the reference time that moves with the narrative. Every resolved calendar point
 * is noted in text order; an expression relative to the narrative ("the following year", "two
 * years later", "a year earlier", "the day before", "that week", "the same day", "the previous
 * month", "later in the day") counts from the latest point, fine enough for its unit, written in
 * its own or the preceding sentence; else from the first such point of the article's lead (the
 * scene most news stories keep returning to); else from the publication date. Expressions
 * relative to the publication date ("two weeks ago", "the last quarter") count from it. A
 * sentence that states its own full date ("at 16:15 UTC, June 1st, ...") anchors its "today".
 */
final class NarrativeTime {
    /**
     * A noted point: its value, sentence, whether its text named the date itself, and whether it is
     * the other side of a comparison ("up from $263 million a year earlier").
     */
    /** How many sentences back a clock time looks for its event's day. */
    private static final int STORY_SENTENCES = 3;
    /** A day that dates a report, not the event reported: "said yesterday", "told reporters on Sunday". */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|say|told(?:\\s+[a-z]+){0,2}|added|reported|confirmed)\\s*,?\\s*(?:on\\s+|late\\s+|early\\s+)?$");

    /** {@code background}: in a past-perfect clause ("had risen in the fourth quarter"), an earlier stage, not the story's period. */
    private record Point(String value, int sentence, int start, boolean explicit, boolean compared, boolean background) {}

    /** Sentences at the start of the article that form its lead. */
    static final int LEAD_SENTENCES = 2;

    private static final Pattern EXPLICIT = Pattern.compile(
            "(?i).*(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).*");
    private static final java.util.Set<String> REPORTING = java.util.Set.of(":", "that", "would", "will", "'d", "\"", "“");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)^(?:earlier\\s+|later\\s+)?(today|tonight|tomorrow|yesterday)$");

    private final Doc doc;
    private final LocalDate dct;
    private final List<Point> points = new ArrayList<>();

    NarrativeTime(Doc doc, LocalDate dct) {
        this.doc = doc;
        this.dct = dct;
    }

    /** The publication date. */
    LocalDate published() {
        return dct;
    }

    /** Records a resolved expression as the narrative's latest point (if it is a calendar point). */
    void note(Timex t) {
        if (TimexValues.granularity(t.value()) == 0) return;
        // Kept in text order: the parts of a day resolved in the second pass (after every day) go where they are written,
        // so a search back from an expression meets the points before it in order ("early the next morning" after a day).
        int at = points.size();
        while (at > 0 && points.get(at - 1).start() > t.start()) at--;
        points.add(at, new Point(t.value(), sentence(t.start()), t.start(), EXPLICIT.matcher(t.text()).matches(),
                compared(t.start()) || COMPARISON_BASE.matcher(t.text()).find(), Tense.pastPerfect(doc, t.start())));
    }

    /** An expression that names the far side of a comparison by itself: "the year-ago quarter", "the same period last year". */
    private static final Pattern COMPARISON_BASE = Pattern.compile(
            "(?i)\\b(?:year-ago|year-earlier|prior-year|the\\s+(?:same|corresponding)\\s+(?:period|quarter|month|week))\\b");

    private static final java.util.Set<String> COMPARISON = java.util.Set.of("from", "than", "compared", "versus", "vs", "vs.", "against");

    /** A comparison word among the few words before the expression, in its clause. */
    private boolean compared(int offset) {
        int i = doc.tokenAtOrAfter(offset);
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            String w = Words.lc(doc.toks.get(k).word());
            if (COMPARISON.contains(w)) return true;
            if (w.equals(",") || w.equals(";") || doc.toks.get(k).pos().startsWith("VB")) return false;
        }
        return false;
    }

    // --- fiscal periods (decision 6): mapped to the calendar only where the article says where a quarter ends.

    private static final Pattern QUARTER_END = Pattern.compile(
            "(?i).*\\b(?:quarter|three\\s+months|three-month\\s+period|period)\\b[^.;]{0,20}?\\b(?:ended|ending|ends|to|through)\\s+(?:on\\s+)?$");
    private String fiscalBase;
    private int fiscalNumber, fiscalDistance = Integer.MAX_VALUE;

    /**
     * Finds the article's fiscal mapping among its expressions (before resolution): a day that ends
     * a quarter ("the quarter ended Sept. 30", "the last quarter, which ended December 30, 2006")
     * is in the fiscal quarter named last before it ("fiscal first-quarter"; else the first after
     * it); the other fiscal
     * quarters count from there.
     */
    void fiscalYear(List<Timex> items) {
        for (Timex end : items) {
            String v = end.value();
            if (v == null || end.rel() != null) continue;
            boolean day = TimexValues.granularity(v) == 'D' || Direction.unanchored(v) && v.matches("XXXX-\\d{2}-\\d{2}");
            if (!day || !QUARTER_END.matcher(doc.text.substring(Math.max(0, end.start() - 60), end.start())).matches()) continue;
            String resolved = Direction.unanchored(v) ? Direction.resolve(v, dct, Tense.PAST) : v;
            LocalDate d = TimexValues.firstDay(resolved);
            if (d == null) continue;
            for (Timex f : items) {
                if (f.value() == null || !f.value().startsWith("FQ")) continue;
                // The latest fiscal quarter named before the end day; else the first after it.
                int dist = f.start() < end.start() ? end.start() - f.start() : 1_000_000 + f.start() - end.start();
                if (dist < fiscalDistance) {
                    fiscalDistance = dist;
                    fiscalNumber = Integer.parseInt(f.value().substring(2));
                    fiscalBase = TimexValues.at(d, 'Q');
                }
            }
        }
    }

    /** "later in the day", "early in the week": counted from the speaker's time in reported future words, days included. */
    private static final Pattern LATER_IN = Pattern.compile("(?i)^(?:earlier|later|late|early)\\s+in\\s+the\\s+(?:day|week|month|year)$");

    /** The calendar quarter of a fiscal quarter ({@code FQ1}..{@code FQ4}), or null when the article gives no mapping. */
    String fiscal(String value) {
        if (fiscalBase == null) return null;
        LocalDate base = TimexValues.firstDay(fiscalBase);
        return TimexValues.at(TimexValues.shift(base, Integer.parseInt(value.substring(2)) - fiscalNumber, 'Q'), 'Q');
    }

    /** The value of a relative expression; null when there is nothing to count from. */
    String resolve(Timex t) {
        Timex.Rel r = t.rel();
        if (r.anchor() == Timex.Anchor.DCT) {
            String v = TimexValues.at(TimexValues.shift(dct, r.amount(), r.unit()), r.unit());
            return r.partOfDay() == null ? v : v + r.partOfDay();
        }
        if (r.amount() == 0 && (r.unit() != 'D' || LATER_IN.matcher(t.text().trim()).matches()) && Tense.around(doc, t.start()) == Tense.FUTURE) {
            // Decision 4: "GM said it would file the report by the end of the month": in reported words
            // the period is the utterance's (dated in the same sentence, else the publication's), not
            // a past point of the preceding sentence.
            LocalDate said = utterance(t.start());
            if (said != null) return TimexValues.at(said, r.unit());
        }
        if (r.amount() == 0 && r.unit() == 'D' && Tense.around(doc, t.start()) == Tense.FUTURE) {
            // "He will resign on February 28. ... He will leave at 20:00 that day": in a future clause the day is the
            // latest future day written before it, not a past day of the lead.
            String ahead = futureDay(t.start());
            if (ahead != null) return r.partOfDay() == null ? ahead : ahead + r.partOfDay();
        }
        return notBeforeNow(t, narrative(t));
    }

    /** The latest day after the publication written before {@code offset} in the last few sentences, else null. */
    private String futureDay(int offset) {
        int s = sentence(offset);
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - STORY_SENTENCES) break;
            if (TimexValues.granularity(p.value()) != 'D' || p.value().length() < 10 || !TimexValues.isDate(p.value().substring(0, 10))) continue;
            LocalDate d = LocalDate.parse(p.value().substring(0, 10));
            if (d.isAfter(dct)) return d.toString();
        }
        return null;
    }

    private String narrative(Timex t) {
        Timex.Rel r = t.rel();
        if (r.anchor() == Timex.Anchor.PERIOD) {
            String p = period(t.start(), r.unit());
            if (p != null) return p;
        }
        // "the same period a year earlier": a period, so a day written inside the story's period ("ended Sept. 30") is no anchor.
        String base = r.keepPeriod() && PERIOD_WORD.matcher(t.text()).find() ? anchor(t.start(), r.unit(), true)
                : anchor(t.start(), r.unit(), false, r.amount() == 0 && !r.keepPeriod());
        if (r.keepPeriod()) return TimexValues.shiftKeeping(base, r.amount(), r.unit());
        LocalDate d = TimexValues.firstDay(base);
        if (d == null) return null;
        String v = TimexValues.at(TimexValues.shift(d, r.amount(), r.unit()), r.unit());
        return r.partOfDay() == null ? v : v + r.partOfDay();
    }

    /**
     * Mechanism (c): "the month", "that week" in a future clause ("the mayor will decide by the end of the month")
     * cannot be a period that ended before the publication's: the story's past scene is no anchor for what is
     * still to come, so the period is the publication's own.
     */
    private String notBeforeNow(Timex t, String v) {
        Timex.Rel r = t.rel();
        if (v == null || r.amount() != 0 || r.unit() == 'D' || r.keepPeriod()) return v;
        LocalDate first = TimexValues.firstDay(v);
        String now = TimexValues.at(dct, r.unit());
        if (first == null || !first.isBefore(TimexValues.firstDay(now))) return v;
        if (TimexValues.granularity(v) != r.unit() || Tense.around(doc, t.start()) != Tense.FUTURE) return v;
        // "That year it would sell ...": a future in the past may still lie in the past scene.
        return Tense.futureInPast(doc, t.start()) ? v : now;
    }

    private static final Pattern NARRATIVE_MONTH = Pattern.compile(
            "(?i)^the\\s+(following|next|previous|preceding)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)$");
    private static final Pattern NARRATIVE_WEEKDAY = Pattern.compile(
            "(?i)^the\\s+(following|next|previous|preceding)\\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)$");

    /**
     * "the following Monday", "the previous Friday": the first such weekday after (before) the
     * narrative's day (the latest day written in the same or the preceding sentence, else the lead's,
     * else the publication date); null for other expressions.
     */
    String narrativeWeekday(Timex t) {
        java.util.regex.Matcher mm = NARRATIVE_MONTH.matcher(t.text().trim());
        if (mm.matches()) {
            // "the following March": the first such month after (before) the narrative's month.
            String base = anchor(t.start(), 'M');
            LocalDate d = base == null ? null : TimexValues.firstDay(base);
            int month = TimexValues.month(mm.group(2));
            if (d == null || month == 0 || TimexValues.granularity(base) == 'Y') return null;
            boolean after = mm.group(1).equalsIgnoreCase("following") || mm.group(1).equalsIgnoreCase("next");
            LocalDate x = d.withDayOfMonth(1).withMonth(month);
            if (after && !x.isAfter(d.withDayOfMonth(1))) x = x.plusYears(1);
            if (!after && !x.isBefore(d.withDayOfMonth(1))) x = x.minusYears(1);
            return TimexValues.at(x, 'M');
        }
        java.util.regex.Matcher m = NARRATIVE_WEEKDAY.matcher(t.text().trim());
        if (!m.matches()) return null;
        String base = anchor(t.start(), 'D');
        if (base == null || base.length() < 10 || !TimexValues.isDate(base.substring(0, 10))) return null;
        LocalDate d = LocalDate.parse(base.substring(0, 10));
        java.time.DayOfWeek dow = TimexValues.weekday(m.group(2).substring(0, m.group(2).length() - 3));
        boolean after = m.group(1).equalsIgnoreCase("following") || m.group(1).equalsIgnoreCase("next");
        return (after ? d.with(java.time.temporal.TemporalAdjusters.next(dow)) : d.with(java.time.temporal.TemporalAdjusters.previous(dow))).toString();
    }

    /**
     * The day of the utterance that reports the words at {@code offset}, when they follow a speech
     * verb in their sentence ("Kelly said: ...", "GM said it would ..."): the day written before
     * that verb in the sentence ("In a statement released on Monday, Kelly said"), else the
     * publication date; null when no speech verb precedes.
     */
    LocalDate utterance(int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return null;
        int pos = doc.tokenAtOrAfter(offset), verb = -1;
        for (int i = Math.min(pos, s.tokTo()) - 1; i >= s.tokFrom(); i--) {
            Doc.Tok w = doc.toks.get(i);
            if (w.pos().startsWith("VB") && Words.isSpeechVerb(w.word())) { verb = i; break; }
        }
        if (verb < 0) return null;
        // Reported words, not the verb's own adverb ("analysts said today"): a quote mark, colon, "that" or a modal between.
        int marker = -1;
        for (int i = verb + 1; i < pos && marker < 0; i++) {
            if (REPORTING.contains(Words.lc(doc.toks.get(i).word())) || doc.toks.get(i).pos().equals("``")) marker = i;
        }
        if (marker < 0) return null;
        // The utterance's day: written before the verb or between it and the reported words ("said on Sunday that").
        int verbAt = doc.toks.get(marker).start();
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.sentence() != s.index()) { if (p.sentence() < s.index()) break; continue; }
            if (p.start() < verbAt && TimexValues.rank(TimexValues.granularity(p.value())) >= TimexValues.rank('D')) {
                return LocalDate.parse(p.value().substring(0, 10));
            }
        }
        return dct;
    }

    /**
     * "today" in a sentence that dates its own scene: that date; "today" in words reported after a
     * speech verb whose day the sentence gives before it ("In a statement released on Monday, Kelly
     * said: "Today marks ...""): that day (decision 4); else the value as resolved against the publication date.
     */
    String sceneDay(Timex t, String value) {
        java.util.regex.Matcher m = DAY_WORD.matcher(t.text().trim());
        if (!m.matches() || !TimexValues.hasDate(value)) return value;
        int s = sentence(t.start());
        LocalDate said = utterance(t.start());
        if (said != null && !said.equals(dct)) {
            long shift = java.time.temporal.ChronoUnit.DAYS.between(dct, LocalDate.parse(value.substring(0, 10)));
            return said.plusDays(shift) + value.substring(10);
        }
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.sentence() != s) break;
            // "in the 12 months to Jan. 31, the ministry said today": the end of a period is not the scene's date.
            if (PERIOD_END.matcher(doc.text.substring(Math.max(0, p.start() - 30), p.start())).find()) continue;
            if (p.explicit() && TimexValues.rank(TimexValues.granularity(p.value())) >= TimexValues.rank('D')) {
                LocalDate scene = LocalDate.parse(p.value().substring(0, 10));
                long shift = java.time.temporal.ChronoUnit.DAYS.between(dct, LocalDate.parse(value.substring(0, 10)));
                return scene.plusDays(shift) + value.substring(10);
            }
        }
        return value;
    }

    /**
     * The day of a past scene the story has moved to: the latest point of month granularity or
     * finer in the same or the preceding sentence, when it lies in an earlier year than the
     * publication ("He was arrested in June 1989. ... in November he fled"); else null.
     */
    LocalDate pastScene(int offset) {
        int s = sentence(offset);
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - 1) break;
            char g = TimexValues.granularity(p.value());
            LocalDate d = TimexValues.firstDay(p.value());
            // "Two years later, she survived a bomb ... in October": a year that opens the sentence sets its scene
            // (its middle, so that the month falls in that year).
            if (g == 'Y' && p.sentence() == s && d != null && d.getYear() < dct.getYear() && opensSentence(p)) {
                return backToPresent(p.start(), offset) ? null : d.withDayOfYear(1).plusMonths(6);
            }
            if (TimexValues.rank(g) < TimexValues.rank('M')) continue;
            // "has headed the division since March 1987": a span that reaches the present; the story has not moved back.
            if (SINCE_BEFORE.matcher(doc.text.substring(Math.max(0, p.start() - 12), p.start())).find()) return null;
            if (d == null || d.getYear() >= dct.getYear() || backToPresent(p.start(), offset)) return null;
            return d;
        }
        return null;
    }

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?$");
    private static final Pattern PERIOD_END = Pattern.compile(
            "(?i)\\b(?:months?|weeks?|year|quarter|period|half)\\s+(?:ended|ending|ends|that\\s+ended|to|through)\\s+(?:on\\s+)?$");
    private static final Pattern SCENE_LEAD = Pattern.compile("(?i)^\\s*(?:(?:in|by|during|at|on|then|and)\\s+)?$");

    private boolean opensSentence(Point p) {
        Doc.Sent st = doc.sentenceAt(p.start());
        return st != null && SCENE_LEAD.matcher(doc.text.substring(st.start(), p.start())).matches();
    }

    private static final Pattern SINCE_THEN = Pattern.compile("(?i)\\bsince\\s+(?:then|that\\s+time)\\b");

    /**
     * Between a past scene's point and an expression the story comes back to the present: "since then", or a
     * present perfect ("Since then the city has spent ... a terminal that opened in February"; "soldiers have died
     * there, and October was ...").
     */
    private boolean backToPresent(int from, int to) {
        if (SINCE_THEN.matcher(doc.text.substring(from, to)).find()) return true;
        int a = doc.tokenAtOrAfter(from), b = Math.min(doc.tokenAtOrAfter(to), doc.toks.size());
        for (int i = a; i < b; i++) {
            Doc.Tok w = doc.toks.get(i);
            String lw = Words.lc(w.word());
            if (!(lw.equals("has") || lw.equals("have") || lw.equals("'ve")) || !(w.pos().equals("VBZ") || w.pos().equals("VBP"))) continue;
            for (int j = i + 1; j < Math.min(b, i + 3); j++) if (doc.toks.get(j).pos().equals("VBN")) return true;
        }
        return false;
    }

    /** "the same period/quarter a year earlier": a period, anchored on the story's period, not on a day. */
    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)\\b(?:period|quarter)\\b");

    /**
     * The period the story reports on, for "the quarter", "the month": the latest point of exactly
     * that granularity that is not the far side of a comparison, in the same or the preceding
     * sentence; when there is none but a finer point there, null (the narrative's point then gives
     * it); else the lead's; else null.
     */
    private String period(int offset, char unit) {
        int s = sentence(offset);
        boolean finer = false;
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - 1) break;
            if (p.compared() || p.background()) continue;
            if (TimexValues.granularity(p.value()) == unit) return p.value();
            finer |= TimexValues.rank(TimexValues.granularity(p.value())) > TimexValues.rank(unit);
        }
        if (finer) return null;      // "the three months to March 31 ... the quarter": the day's period
        for (Point p : points) {
            if (p.sentence() >= LEAD_SENTENCES || p.start() >= offset) break;
            if (TimexValues.granularity(p.value()) == unit && !p.compared()) return p.value();
        }
        return null;
    }

    /** The latest day (or finer point) written before {@code offset} in its own or the preceding sentence, else null. */
    String recentDay(int offset) {
        int s = sentence(offset);
        // The event's own day: the nearest one in the last few sentences that is not the day of a report
        // ("crashed on Tuesday night, authorities said yesterday. It left at 9:52 p.m."), nor after the publication.
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - STORY_SENTENCES) break;
            if (TimexValues.rank(TimexValues.granularity(p.value())) < TimexValues.rank('D') || p.value().length() < 10) continue;
            // "recovering half of Monday's plunge": a possessive day names another event, not the scene's day.
            if (possessive(p)) continue;
            LocalDate d = TimexValues.isDate(p.value().substring(0, 10)) ? LocalDate.parse(p.value().substring(0, 10)) : null;
            if (d == null || d.isAfter(published()) || REPORTED.matcher(doc.text.substring(Math.max(0, p.start() - 40), p.start())).find()) continue;
            // "for the 12 months to March 31": the day that ends a period dates the period, not an event.
            if (PERIOD_END.matcher(doc.text.substring(Math.max(0, p.start() - 30), p.start())).find()) continue;
            return p.value();
        }
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - 1) break;
            if (PERIOD_END.matcher(doc.text.substring(Math.max(0, p.start() - 30), p.start())).find()) continue;
            if (TimexValues.rank(TimexValues.granularity(p.value())) >= TimexValues.rank('D')) return p.value();
        }
        return null;
    }

    private static final Pattern POSSESSIVE_DAY = Pattern.compile("(?i)^[a-z]*day['’]s\\b");

    private boolean possessive(Point p) {
        return POSSESSIVE_DAY.matcher(doc.text.substring(p.start(), Math.min(doc.text.length(), p.start() + 16))).find();
    }

    /** The narrative point an expression at {@code offset} with unit {@code unit} counts from. */
    String anchor(int offset, char unit) {
        return anchor(offset, unit, false, false);
    }

    private String anchor(int offset, char unit, boolean periods) {
        return anchor(offset, unit, periods, false);
    }

    /**
     * As {@link #anchor(int, char)}; {@code periods}: only points coarser than a day, when there is one;
     * {@code sameTime}: for an expression of the narrative's own time ("the full year", "that day"),
     * the far side of a comparison ("in the year-ago quarter", "compared with Friday") is no anchor.
     */
    private String anchor(int offset, char unit, boolean periods, boolean sameTime) {
        int need = TimexValues.rank(unit == 'E' || unit == 'C' ? 'Y' : unit);
        int s = sentence(offset);
        for (int k = points.size() - 1; k >= 0; k--) {
            Point p = points.get(k);
            if (p.start() >= offset) continue;
            if (p.sentence() < s - 1) break;
            if (sameTime && p.compared()) continue;
            int g = TimexValues.rank(TimexValues.granularity(p.value()));
            if (g >= need && !(periods && g >= TimexValues.rank('D'))) return p.value();
        }
        if (periods) return anchor(offset, unit, false, sameTime);
        for (Point p : points) {
            if (p.sentence() >= LEAD_SENTENCES || p.start() >= offset) break;
            if (sameTime && p.compared()) continue;
            if (TimexValues.rank(TimexValues.granularity(p.value())) >= need) return p.value();
        }
        return TimexValues.at(dct, unit == 'E' || unit == 'C' ? 'Y' : unit);
    }

    private int sentence(int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        return s == null ? 0 : s.index();
    }
}
