package org.newslens.extract;

import java.util.Set;

/** The tense of the clause around a position, from the nearest finite verb (POS tags). */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall", "wo");
    private static final Set<String> FUTURE_CUES = Set.of("going", "set", "scheduled", "due", "expected", "plans",
            "planned", "plan", "intends", "upcoming", "next", "coming", "later");

    /** Tense of the sentence containing {@code offset}, judged from the finite verb nearest to it. */
    static Tense around(Doc doc, int offset) {
        Doc.Sent s = doc.sentenceAt(offset);
        if (s == null) return PRESENT;
        int pos = doc.tokenAtOrAfter(offset);
        int best = -1, bestDist = Integer.MAX_VALUE;
        // A verb on the other side of a quotation mark ("... in May," said X) governs another clause:
        // verbs on the expression's side of the marks first, all verbs only when there are none.
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int i = s.tokFrom(); i < s.tokTo(); i++) {
                String p = doc.toks.get(i).pos();
                if (p.equals("VBD") || p.equals("VBN") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                    if (pass == 0 && quoteMarkBetween(doc, Math.min(i, pos), Math.max(i, pos))) continue;
                    // The governing verb usually precedes the expression: verbs after it count double.
                    int d = i < pos ? pos - i : 2 * (i - pos);
                    if (d < bestDist) { best = i; bestDist = d; }
                }
            }
        }
        if (best < 0) return PRESENT;
        // "will be closed", "would have been delayed": a participle after a modal takes the modal's tense.
        if (doc.toks.get(best).pos().equals("VBN")) {
            for (int i = best - 1; i >= Math.max(s.tokFrom(), best - 3); i--) {
                String p = doc.toks.get(i).pos();
                if (p.equals("MD")) { best = i; break; }
                if (!(p.equals("VB") || p.equals("VBN") || p.startsWith("RB"))) break;
            }
        }
        Doc.Tok v = doc.toks.get(best);
        String w = Words.lc(v.word());
        if (v.pos().equals("MD")) return FUTURE_MODALS.contains(w) ? FUTURE : PRESENT;
        if (v.pos().equals("VBD") || v.pos().equals("VBN")) return PAST;
        // "is set to", "are going to", "has scheduled": present form with a future cue right after it.
        for (int i = best + 1; i < Math.min(s.tokTo(), best + 3); i++) {
            if (FUTURE_CUES.contains(Words.lc(doc.toks.get(i).word()))) return FUTURE;
        }
        // "has announced": present perfect reports the past.
        if ((w.equals("has") || w.equals("have")) && best + 1 < s.tokTo() && doc.toks.get(best + 1).pos().equals("VBN")) return PAST;
        return PRESENT;
    }

    private static boolean quoteMarkBetween(Doc doc, int a, int b) {
        for (int i = a + 1; i < b && i < doc.toks.size(); i++) {
            String p = doc.toks.get(i).pos();
            if (p.equals("``") || p.equals("''")) return true;
        }
        return false;
    }
}
