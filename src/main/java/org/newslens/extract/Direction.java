package org.newslens.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mechanism (c): the year or week of an unanchored expression ({@code XXXX-03-14}, {@code XXXX-06},
 * {@code XXXX-Q4}, {@code XXXX-FA}, {@code XXXX-WXX-4}, {@code XXXX-WXX-WE}) from the direction its
 * clause points to ({@link Tense}): a past clause takes the latest occurrence that has begun by the
 * publication date, a future clause the first that has not ended, a clause without direction the
 * nearest. A day attached to a noun ("a hearing on Sept. 9", "the vote on March 14") is the
 * nearest occurrence unless its clause points forward: the main verb's tense is the telling's, not
 * the event's. So is a date between a determiner and its noun ("the November election"), after
 * "ahead of", or in an infinitive under a past verb ("hoped to certify a winner by Nov. 17"). A
 * weekday after a noun or in an infinitive keeps the main verb's direction: news dates by the
 * verb ("met with the minister on Friday", "declined to comment Tuesday").
 */
final class Direction {
    private Direction() {}

    private static final Pattern DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^XXXX-(\\d{2})$");
    private static final Pattern PART = Pattern.compile("^XXXX-(Q[1-4]|H[12]|SP|SU|FA|WI)$");
    private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(T.*)?$");

    static boolean unanchored(String v) {
        return v != null && v.startsWith("XXXX-") && (DAY.matcher(v).matches() || MONTH.matcher(v).matches()
                || PART.matcher(v).matches() || WEEKDAY.matcher(v).matches() || v.equals("XXXX-WXX-WE"));
    }

    /** The value of an unanchored expression at {@code start}..{@code end}, resolved against {@code dct}. */
    static String resolve(Doc doc, int start, int end, String v, LocalDate dct) {
        Tense tense = Tense.around(doc, start);
        boolean weekday = WEEKDAY.matcher(v).matches();
        if (tense == Tense.PAST && (!weekday && (nounAttached(doc, start) || WireCues.bareAttached(doc, start)) || modifiesNoun(doc, start, end) || ahead(doc, start)
                || !weekday && Tense.infinitiveBetween(doc, start))) {
            // The past verb is the telling's or another event's: the nearest occurrence.
            tense = Tense.PRESENT;
        } else if (tense == Tense.FUTURE && (PART.matcher(v).matches() || MONTH.matcher(v).matches()) && periodOfNoun(doc, start)) {
            // "will report its results for the July-September quarter": the period names the noun's time, not the verb's.
            tense = Tense.PRESENT;
        } else if (tense == Tense.FUTURE && MONTH.matcher(v).matches() && modifiesNoun(doc, start, end) && reportNoun(doc, end)) {
            // "will release its April employment report tomorrow": the month of the figures a report gives, not of the release.
            tense = Tense.PRESENT;
        }
        if (weekday && tense != Tense.FUTURE && forward(doc, start)) tense = Tense.FUTURE;
        return resolve(v, dct, tense);
    }

    /** Verbs that move an event to a later day: the day they name ("postponed the vote until Tuesday") is ahead. */
    private static final Set<String> POSTPONE = Set.of("postpone", "delay", "adjourn", "defer", "reschedule", "push", "put");

    /**
     * A weekday the clause looks forward to though its verb is past: "postponed the vote until Tuesday" (a postponing
     * verb earlier in the sentence, the day after "until"/"till"/"to"), "have called for a rally on Thursday" (a
     * present perfect call for an event: the event is still to come).
     */
    static boolean forward(Doc doc, int start) {
        int i = doc.tokenAtOrAfter(start);
        Doc.Sent s = doc.sentenceAt(start);
        if (s == null || i <= s.tokFrom() || i >= doc.toks.size()) return false;
        if (Set.of("on", "until", "till", "to", "for").contains(Words.lc(doc.toks.get(i).word()))) i++;   // the span's own preposition
        String before = Words.lc(doc.toks.get(i - 1).word());
        int from = Math.max(s.tokFrom(), i - 12);
        if (before.equals("until") || before.equals("till") || before.equals("to")) {
            for (int k = from; k < i - 1; k++) {
                Doc.Tok w = doc.toks.get(k);
                if (w.pos().startsWith("VB") && w.lemma() != null && POSTPONE.contains(Words.lc(w.lemma()))
                        && (!Words.lc(w.lemma()).equals("push") && !Words.lc(w.lemma()).equals("put") || k + 1 < i && isBackOff(doc.toks.get(k + 1)))) return true;
            }
        }
        if (before.equals("on") || before.equals("for")) {
            for (int k = Math.max(from, s.tokFrom() + 1); k < i - 2; k++) {
                Doc.Tok w = doc.toks.get(k);
                if (w.lemma() != null && Words.lc(w.lemma()).equals("call") && w.pos().equals("VBN")
                        && HAVE_WORDS.contains(Words.lc(doc.toks.get(k - 1).word())) && Words.lc(doc.toks.get(k + 1).word()).equals("for")) return true;
            }
        }
        return false;
    }

    private static final Set<String> HAVE_WORDS = Set.of("has", "have", "'ve", "’ve");

    private static boolean isBackOff(Doc.Tok t) {
        String w = Words.lc(t.word());
        return w.equals("back") || w.equals("off");
    }

    /** Pure form: the occurrence of {@code v} the tense points to from {@code dct}. */
    static String resolve(String v, LocalDate dct, Tense tense) {
        Matcher m = WEEKDAY.matcher(v);
        if (m.matches()) {
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(m.group(1)));
            int back = (dct.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
            int fwd = (dow.getValue() - dct.getDayOfWeek().getValue() + 7) % 7;
            LocalDate d = switch (tense) {
                case PAST -> dct.minusDays(back);
                case FUTURE -> dct.plusDays(fwd);
                case PRESENT -> back <= fwd ? dct.minusDays(back) : dct.plusDays(fwd);
            };
            return d + (m.group(2) == null ? "" : m.group(2));
        }
        if (v.equals("XXXX-WXX-WE")) {
            LocalDate sat = dct.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (dct.getDayOfWeek() == DayOfWeek.SUNDAY) sat = dct.minusDays(1);
            if (tense == Tense.PAST && sat.isAfter(dct)) sat = sat.minusWeeks(1);
            return TimexValues.week(sat) + "-WE";
        }
        String best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            String cand = y + v.substring(4);
            String day = cand.indexOf('T') > 0 ? cand.substring(0, cand.indexOf('T')) : cand;
            LocalDate from = TimexValues.firstDay(day);
            if (from == null) return v;
            LocalDate to = lastDay(day, from);
            long score = switch (tense) {
                case PAST -> from.isAfter(dct) ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, dct);
                case FUTURE -> to.isBefore(dct) ? Long.MAX_VALUE : ChronoUnit.DAYS.between(dct, to);
                // Without direction: the nearest, in months for a month or longer ("June" in March is this June).
                case PRESENT -> !to.equals(from) ? Math.abs(months(from) - months(dct))
                        : dct.isBefore(from) ? ChronoUnit.DAYS.between(dct, from)
                        : dct.isAfter(to) ? ChronoUnit.DAYS.between(to, dct) : 0;
            };
            if (score < bestScore || score == bestScore && tense == Tense.PRESENT) { best = cand; bestScore = score; }
        }
        return best != null ? best : v;
    }

    private static long months(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    private static LocalDate lastDay(String v, LocalDate from) {
        return switch (TimexValues.granularity(v)) {
            case 'M' -> from.plusMonths(1).minusDays(1);
            case 'Q', 'S' -> from.plusMonths(3).minusDays(1);
            case 'H' -> from.plusMonths(6).minusDays(1);
            default -> from;
        };
    }

    /** Nouns of published figures about a past period ("the April jobs report", "its March sales figures"). */
    private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "figures", "data", "numbers", "statistics", "results", "survey");

    /** A report noun within three nouns after {@code end} ("April employment report"). */
    static boolean reportNoun(Doc doc, int end) {
        int j = doc.tokenAtOrAfter(end);
        for (int k = j; k < Math.min(doc.toks.size(), j + 3); k++) {
            Doc.Tok w = doc.toks.get(k);
            if (!w.pos().startsWith("NN")) return false;
            if (REPORT_NOUNS.contains(Words.lc(w.word()))) return true;
        }
        return false;
    }

    /** "the November election", "a March 14 vote": the expression between a determiner and its noun. */
    static boolean modifiesNoun(Doc doc, int start, int end) {
        int i = doc.tokenAtOrAfter(start) - 1;
        int j = doc.tokenAtOrAfter(end);
        if (i < 0 || j >= doc.toks.size()) return false;
        String p = doc.toks.get(i).pos();
        String n = doc.toks.get(j).pos();
        return (p.equals("DT") || p.equals("PRP$")) && n.startsWith("NN") && !n.startsWith("NNP");
    }

    private static final Set<String> AHEAD = Set.of("ahead of", "in advance of", "run-up to", "runup to", "leading up to");

    /** "ahead of the November election": a preposition that looks forward from the clause's event. */
    static boolean ahead(Doc doc, int start) {
        int i = doc.tokenAtOrAfter(start) - 1;
        while (i >= 0 && (doc.toks.get(i).pos().equals("DT") || doc.toks.get(i).pos().equals("PRP$") || doc.toks.get(i).pos().startsWith("JJ"))) i--;
        if (i < 1) return false;
        String two = Words.lc(doc.toks.get(i - 1).word()) + " " + Words.lc(doc.toks.get(i).word());
        String three = i >= 2 ? Words.lc(doc.toks.get(i - 2).word()) + " " + two : "";
        return AHEAD.contains(two) || AHEAD.contains(three);
    }

    /** "its results for the third quarter", "the figures of March": a period named by "for"/"of" after a noun (with its determiner). */
    static boolean periodOfNoun(Doc doc, int start) {
        int i = doc.tokenAtOrAfter(start) - 1;
        if (i >= 0 && doc.toks.get(i).pos().equals("DT")) i--;
        if (i < 1) return false;
        String prep = Words.lc(doc.toks.get(i).word());
        return (prep.equals("for") || prep.equals("of")) && nounAttached(doc, doc.toks.get(i + 1).start());
    }

    /** "a hearing on Sept. 9": determiner + noun + on/for/of right before the expression. */
    static boolean nounAttached(Doc doc, int start) {
        int i = doc.tokenAtOrAfter(start) - 1;
        if (i < 1) return false;
        String prep = Words.lc(doc.toks.get(i).word());
        if (!prep.equals("on") && !prep.equals("for") && !prep.equals("of")) return false;
        int n = i - 1;
        if (!doc.toks.get(n).pos().startsWith("NN") || doc.toks.get(n).pos().startsWith("NNP")) return false;
        for (int k = n - 1; k >= Math.max(0, n - 2); k--) {
            String p = doc.toks.get(k).pos();
            if (p.equals("DT") || p.equals("PRP$") || p.equals("POS")) return true;
            if (!p.startsWith("JJ") && !p.startsWith("NN")) return false;
        }
        return false;
    }
}
