package org.newslens.extract;

import java.util.Set;

/**
 * Part of mechanism (c): the tense of the clause that governs a position, from its verb group
 * (auxiliaries and main verb, POS tags). "will meet", "is scheduled to", "would open" point
 * forward; "resigned", "has announced", "had met", "would have opened" back; "is", "could rise"
 * say nothing of direction. Verbs across a quotation mark govern another clause and are used only
 * when the expression's side has none. A past verb in a temporal or conditional clause under
 * "would" ("would stay while the parties held talks") reports the future.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall", "wo", "would", "'d");
    private static final Set<String> FUTURE_CUES = Set.of("going", "set", "scheduled", "due", "expected", "plans",
            "planned", "plan", "intends", "upcoming", "next", "coming", "later", "slated", "poised", "planning", "aims", "hopes");
    private static final Set<String> SCHEDULING = Set.of("set", "scheduled", "planned", "expected", "due", "slated", "timed");
    /** Verbs whose to-infinitive happens when they do: "began to", "continued to", "managed to", "failed to". */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "cease", "stop", "fail", "manage",
            "try", "attempt", "use", "seem", "appear", "happen", "tend", "resume");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "’ve");
    private static final Set<String> SUBORDINATORS = Set.of("while", "when", "until", "till", "before", "after", "once", "if", "unless");

    /** Tense of the clause around {@code offset}, from the verb group nearest to it. */
    static Tense around(Doc doc, int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return PRESENT;
        int best = governor(doc, s, offset);
        if (best < 0) return PRESENT;
        Tense t = ofGroup(doc, s, best);
        // "would step down, a week after he called a referendum on the deal agreed on October 27": a bare participle
        // ("the deal agreed on ...") names a done event of its noun, not the future of the reported clause.
        if (t == PAST && !bareParticiple(doc, s, best) && underFutureMain(doc, s, best)) return FUTURE;
        if (t == PRESENT && (WireCues.presentForFuture(doc, s, best) || WireCues.scheduledPresent(doc, best))) return FUTURE;
        return t;
    }

    /**
     * "said they hoped to certify a winner by Nov. 17", "rejected a request to move the date to
     * October 1": an infinitive ("to" + verb) stands between the governing verb, before the
     * expression, and the expression, so the expression dates the infinitive's event, which the
     * main verb's tense does not place.
     */
    static boolean infinitiveBetween(Doc doc, int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return false;
        int best = governor(doc, s, offset);
        int pos = doc.tokenAtOrAfter(offset);
        if (best < 0 || best >= pos) return false;
        for (int i = best + 1; i + 1 < pos; i++) {
            // The tagger reads "to" as TO or IN; a base-form verb after it makes it an infinitive.
            if (Words.lc(doc.toks.get(i).word()).equals("to") && doc.toks.get(i + 1).pos().equals("VB")) {
                // "began to include", "managed to sell", "failed to report": the infinitive is the verb's own event, at its time.
                if (i > best && doc.toks.get(i - 1).lemma() != null && ASPECTUAL.contains(Words.lc(doc.toks.get(i - 1).lemma()))) return false;
                // Not "to have" + participle: a perfect infinitive is in the past.
                return !(Words.lc(doc.toks.get(i + 1).word()).equals("have") && i + 2 < pos && doc.toks.get(i + 2).pos().equals("VBN"));
            }
        }
        return false;
    }

    /** "had risen", "had been expected": the clause around {@code offset} is in the past perfect (an earlier stage of the story). */
    static boolean pastPerfect(Doc doc, int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return false;
        int v = governor(doc, s, offset);
        if (v < 0) return false;
        int first = v;
        for (int i = v - 1; i >= Math.max(s.tokFrom(), v - 4); i--) {
            String p = doc.toks.get(i).pos();
            if (p.startsWith("VB") || p.equals("MD") || p.startsWith("RB")) first = i; else break;
        }
        int last = v;
        for (int i = v + 1; i < Math.min(s.tokTo(), v + 4); i++) {
            String p = doc.toks.get(i).pos();
            if (p.startsWith("VB") || p.startsWith("RB")) last = i; else break;
        }
        for (int i = first; i < last; i++) {
            if (Words.lc(doc.toks.get(i).word()).equals("had") && !doc.toks.get(i).pos().equals("MD")) {
                for (int j = i + 1; j <= last; j++) if (doc.toks.get(j).pos().equals("VBN")) return true;
            }
        }
        return false;
    }

    /** The finite verb that governs {@code offset} in sentence {@code s}, or -1. */
    private static int governor(Doc doc, Doc.Sent s, int offset) {
        int pos = doc.tokenAtOrAfter(offset);
        int best = -1, bestDist = Integer.MAX_VALUE;
        boolean verbBefore = false;
        int segmentVerbAt = -1;
        for (int i = s.tokFrom(); i < Math.min(pos, s.tokTo()); i++) {
            verbBefore |= finite(doc.toks.get(i).pos());
            if (doc.toks.get(i).word().equals(",")) segmentVerbAt = -1;
            else if (finite(doc.toks.get(i).pos())) segmentVerbAt = i;
        }
        // Only a verb that gives a direction ("which overtook", not "which goes on sale in the fall, will cost").
        boolean segmentVerb = segmentVerbAt >= 0 && ofGroup(doc, s, segmentVerbAt) != PRESENT;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int i = s.tokFrom(); i < s.tokTo(); i++) {
                if (!finite(doc.toks.get(i).pos())) continue;
                if (pass == 0 && quoteMarkBetween(doc, Math.min(i, pos), Math.max(i, pos))) continue;
                // "began flying in March and will start ...": a verb after a coordinator that follows the
                // expression heads the next clause, when the expression's own clause has a verb before it.
                if (pass == 0 && i > pos && verbBefore && conjunctionBetween(doc, pos, i)) continue;
                // "Samsung, which overtook Apple in the first quarter, will report ...": a verb past a comma after the
                // expression is the next clause's when the expression's own stretch between commas has a verb before it.
                if (pass == 0 && i > pos && segmentVerb && commaBetween(doc, pos, i)) continue;
                // "The Games open on August 8, a date chosen because ...": a bare participle past a comma modifies a noun.
                if (pass == 0 && i > pos && commaBetween(doc, pos, i) && bareParticiple(doc, s, i)) continue;
                // The governing verb usually precedes the expression: verbs after it count double.
                int d = i < pos ? pos - i : 2 * (i - pos);
                if (d < bestDist) { best = i; bestDist = d; }
            }
        }
        return best;
    }

    private static boolean commaBetween(Doc doc, int from, int to) {
        for (int i = from; i < to; i++) if (doc.toks.get(i).word().equals(",")) return true;
        return false;
    }

    /** Token {@code v} is a past participle with no auxiliary before it ("the deal agreed at a summit", "Breivik set off"). */
    private static boolean bareParticiple(Doc doc, Doc.Sent s, int v) {
        if (!doc.toks.get(v).pos().equals("VBN")) return false;
        for (int i = v - 1; i >= Math.max(s.tokFrom(), v - 3); i--) {
            String p = doc.toks.get(i).pos();
            if (p.startsWith("VB") || p.equals("MD")) return false;
            if (!p.startsWith("RB")) return true;
        }
        return true;
    }

    /** A coordinating conjunction ("and", "but", "or") among the tokens strictly between {@code from} and {@code to}. */
    private static boolean conjunctionBetween(Doc doc, int from, int to) {
        for (int i = from + 1; i < to; i++) if (doc.toks.get(i).pos().equals("CC")) return true;
        return false;
    }

    private static boolean finite(String p) {
        return p.equals("VBD") || p.equals("VBN") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    /** The tense of the verb group that contains token {@code v}. */
    static Tense ofGroup(Doc doc, Doc.Sent s, int v) {
        // Walk left to the group's first word (auxiliaries, adverbs, "not").
        int first = v;
        for (int i = v - 1; i >= Math.max(s.tokFrom(), v - 4); i--) {
            String p = doc.toks.get(i).pos();
            if (p.startsWith("VB") || p.equals("MD") || p.startsWith("RB") || p.equals("TO")) first = i; else break;
        }
        // And right, to its main verb.
        int last = v;
        for (int i = v + 1; i < Math.min(s.tokTo(), v + 4); i++) {
            String p = doc.toks.get(i).pos();
            if (p.startsWith("VB") || p.startsWith("RB")) last = i; else break;
        }
        Doc.Tok head = null;
        for (int i = first; i <= last; i++) {
            Doc.Tok t = doc.toks.get(i);
            if (t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) { head = t; break; }
        }
        boolean perfect = false, cue = false, infinitive = false;
        for (int i = first; i <= last; i++) {
            String w = Words.lc(doc.toks.get(i).word());
            if (doc.toks.get(i).pos().equals("TO")) infinitive = true;
            if (HAVE.contains(w) && i + 1 <= last) perfect = true;
            if (FUTURE_CUES.contains(w) && i > first) cue = true;
        }
        // "is set to", "are going to", "has scheduled": a future cue right after the group.
        for (int i = last + 1; i < Math.min(s.tokTo(), last + 3); i++) {
            if (FUTURE_CUES.contains(Words.lc(doc.toks.get(i).word()))) cue = true;
        }
        // "an event to be held on October 12": an infinitive points forward.
        if (head == null && infinitive) return FUTURE;
        // "the hearing, set for Dec. 12": a bare participle of scheduling points forward; others back ("the plant, opened in May").
        // Not a phrasal verb ("set off a bomb", "set up a fund"): a done event.
        if (head == null && SCHEDULING.contains(Words.lc(doc.toks.get(last).word())) && !particleAfter(doc, s, last)) return FUTURE;
        if (head == null) return doc.toks.get(v).pos().equals("VBN") ? PAST : PRESENT;
        String w = Words.lc(head.word());
        if (head.pos().equals("MD")) {
            if (perfect) return PAST;                                  // "would have opened"
            return FUTURE_MODALS.contains(w) ? FUTURE : PRESENT;      // "could rise": no direction
        }
        if (head.pos().equals("VBD")) return cue ? PRESENT : PAST;    // "was scheduled for": either side
        if (cue) return FUTURE;                                        // "is scheduled", "has been scheduled"
        return perfect ? PAST : PRESENT;                               // "has announced"
    }

    private static final Set<String> PARTICLES = Set.of("off", "up", "out", "down", "aside", "about", "back");

    private static boolean particleAfter(Doc doc, Doc.Sent s, int v) {
        if (v + 1 >= s.tokTo()) return false;
        Doc.Tok n = doc.toks.get(v + 1);
        return n.pos().equals("RP") || PARTICLES.contains(Words.lc(n.word()));
    }

    /**
     * A past verb in a "while/when/until/..." clause whose main clause, earlier, has "would": the
     * future seen from the past of reported speech. (Under "will" a past form is a real past.)
     */
    /** "That year it would sell ...": the sentence has "would" (a future in the past, which may lie before the publication). */
    static boolean futureInPast(Doc doc, int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return false;
        for (int i = s.tokFrom(); i < s.tokTo(); i++) {
            String w = Words.lc(doc.toks.get(i).word());
            if (doc.toks.get(i).pos().equals("MD") && (w.equals("would") || w.equals("'d") || w.equals("’d"))) return true;
        }
        return false;
    }

    private static boolean underFutureMain(Doc doc, Doc.Sent s, int v) {
        boolean sub = false;
        int first = v;
        while (first - 1 >= s.tokFrom() && (doc.toks.get(first - 1).pos().startsWith("VB") || doc.toks.get(first - 1).pos().startsWith("RB"))) first--;
        for (int i = first - 1; i >= s.tokFrom(); i--) {
            String w = Words.lc(doc.toks.get(i).word());
            // "a week after he called a vote on the deal agreed on October 27": a verb after the subordinate clause's own is another clause's.
            if (!sub && finite(doc.toks.get(i).pos())) return false;
            if (SUBORDINATORS.contains(w)) sub = true;
            else if (sub && doc.toks.get(i).pos().equals("MD") && (w.equals("would") || w.equals("'d"))) return true;
        }
        return false;
    }

    private static boolean quoteMarkBetween(Doc doc, int a, int b) {
        for (int i = a + 1; i < b && i < doc.toks.size(); i++) {
            String p = doc.toks.get(i).pos();
            if (p.equals("``") || p.equals("''")) return true;
        }
        return false;
    }
}
