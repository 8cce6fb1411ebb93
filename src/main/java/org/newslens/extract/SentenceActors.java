package org.newslens.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The actors a sentence involves: those it names, the speaker of a quotation it contains, and the
 * person a third-person pronoun refers to ("His proposal comes after…"). A pronoun before any person
 * in its sentence refers to the first person named (outside quotes) in the nearest earlier sentence
 * that names one — the previous sentence's most prominent person, usually its subject; otherwise to
 * the nearest person before it in the same sentence.
 */
final class SentenceActors {
    private static final Set<String> HE_SHE = Set.of("he", "his", "him", "she", "her", "hers");

    private SentenceActors() {
    }

    static List<String> of(Doc doc, ActorResolver.Result res, Doc.Sent s, List<ExtractedQuote> quotes) {
        Set<String> names = new LinkedHashSet<>();
        for (int t = s.tokFrom(); t < s.tokTo(); t++) {
            int a = res.actorAt()[t];
            if (a >= 0) {
                names.add(res.actors().get(a).name);
            }
        }
        for (ExtractedQuote q : quotes) {
            if (q.speaker() != null && q.start() < s.end() && s.start() < q.end()) {
                names.add(q.speaker());
            }
        }
        for (int t = s.tokFrom(); t < s.tokTo(); t++) {
            Doc.Tok tok = doc.toks.get(t);
            if (HE_SHE.contains(tok.word().toLowerCase(java.util.Locale.ROOT)) && !inQuote(tok.start(), quotes)) {
                String who = referent(doc, res, s, t, quotes);
                if (who != null) {
                    names.add(who);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static String referent(Doc doc, ActorResolver.Result res, Doc.Sent s, int pronoun, List<ExtractedQuote> quotes) {
        for (int k = pronoun - 1; k >= s.tokFrom(); k--) {
            String p = person(doc, res, k, quotes);
            if (p != null) {
                return p;
            }
        }
        for (int si = s.index() - 1; si >= 0 && si >= s.index() - 3; si--) {
            Doc.Sent prev = doc.sents.get(si);
            for (int k = prev.tokFrom(); k < prev.tokTo(); k++) {
                String p = person(doc, res, k, quotes);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static String person(Doc doc, ActorResolver.Result res, int tok, List<ExtractedQuote> quotes) {
        int a = res.actorAt()[tok];
        if (a < 0 || res.actors().get(a).type != ActorType.PERSON || inQuote(doc.toks.get(tok).start(), quotes)) {
            return null;
        }
        return res.actors().get(a).name;
    }

    private static boolean inQuote(int offset, List<ExtractedQuote> quotes) {
        for (ExtractedQuote q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }
}
