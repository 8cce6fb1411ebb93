package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sense per article for names NER took for people. A name is not a person when the same article
 * <ul>
 *   <li>writes it with a corporate suffix ("Bramwell" when the text also says "Bramwell Holdings PLC"):
 *       it is that organisation;</li>
 *   <li>uses it as an organisation's name where no person of that surname is named ("Bramwell" tagged
 *       once as an organisation, once as a person): it is the organisation;</li>
 *   <li>writes it right after an organisation's name ("Holden Commodore" where Holden is a company): a
 *       product or brand of that organisation, not an actor;</li>
 *   <li>writes it inside a title: a short title-case quoted span ("the show "Evenings With Tom Hale"") or
 *       a run joined by a capitalised function word ("This Week With David Brinkley"). Such a mention is
 *       not a person; the name stays a person only where it also occurs outside titles.</li>
 * </ul>
 */
final class OneSense {
    /** Function words that stay lower case in running text; capitalised inside a name, they mark a title. */
    private static final Set<String> TITLE_GLUE = Set.of("with", "and", "of", "the", "in", "on", "at", "for", "to", "from");

    private OneSense() {}

    static List<ActorResolver.Raw> apply(Doc doc, List<ActorResolver.Raw> raws) {
        Set<String> corporateStems = corporateStems(doc);
        Set<String> orgKeys = new HashSet<>();
        Set<String> personSurnames = new HashSet<>();
        for (ActorResolver.Raw r : raws) {
            if (r.type == ActorType.ORGANIZATION) orgKeys.add(NameKeys.key(r.name));
            if (r.type == ActorType.PERSON && r.to - r.from >= 2) {
                String n = ActorResolver.stripSuffix(r.name);
                personSurnames.add(NameKeys.key(n.substring(n.lastIndexOf(' ') + 1)));
            }
        }
        List<QuoteFinder.Marked> marked = QuoteFinder.markedSpans(doc.text);
        List<ActorResolver.Raw> out = new ArrayList<>(raws.size());
        for (ActorResolver.Raw r : raws) {
            if (r.type != ActorType.PERSON) { out.add(r); continue; }
            String key = NameKeys.key(r.name);
            if (inTitle(doc, r, marked) || afterOrganisation(doc, r, orgKeys)) continue;
            boolean oneWord = r.to - r.from == 1;
            if (corporateStems.contains(key) || oneWord && orgKeys.contains(key) && !personSurnames.contains(key)) {
                r.type = ActorType.ORGANIZATION;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Names the text writes with a corporate suffix: the capitalised words right before "Holdings",
     * "PLC", "Inc." ... ("Bramwell Holdings PLC" gives "bramwell" and "bramwell holdings"), by key.
     */
    static Set<String> corporateStems(Doc doc) {
        Set<String> out = new HashSet<>();
        List<Doc.Tok> toks = doc.toks;
        for (int i = 1; i < toks.size(); i++) {
            Doc.Tok t = toks.get(i);
            if (!ActorResolver.CORP_SUFFIX.contains(Words.lc(t.word())) || t.word().equals("&") || !Words.capitalised(t.word())) continue;
            int b = i;
            while (b - 1 >= 0 && toks.get(b - 1).sent() == t.sent() && toks.get(b - 1).pos().startsWith("NNP")
                    && Words.capitalised(toks.get(b - 1).word()) && i - b < 4) b--;
            if (b == i) continue;
            // Every prefix ending before a suffix word: "Bramwell", "Bramwell Holdings".
            for (int e = b + 1; e <= i; e++) {
                if (e < i && !ActorResolver.CORP_SUFFIX.contains(Words.lc(toks.get(e).word()))) continue;
                out.add(NameKeys.key(doc.text.substring(toks.get(b).start(), toks.get(e - 1).end())));
            }
        }
        return out;
    }

    /** "Holden Commodore": the mention starts with the name of an organisation of the article. */
    private static boolean afterOrganisation(Doc doc, ActorResolver.Raw r, Set<String> orgKeys) {
        if (r.to - r.from < 2) return false;
        for (int k = r.from + 1; k < r.to; k++) {
            String head = NameKeys.key(doc.text.substring(doc.toks.get(r.from).start(), doc.toks.get(k - 1).end()));
            if (orgKeys.contains(head)) return true;
        }
        return false;
    }

    private static boolean inTitle(Doc doc, ActorResolver.Raw r, List<QuoteFinder.Marked> marked) {
        // "This Week With David Brinkley": a capitalised function word right before the name, mid-sentence.
        if (r.from > 0) {
            Doc.Tok prev = doc.toks.get(r.from - 1);
            boolean sentenceStart = r.from - 1 == 0 || doc.toks.get(r.from - 2).sent() != prev.sent();
            if (!sentenceStart && Words.capitalised(prev.word()) && TITLE_GLUE.contains(Words.lc(prev.word()))) return true;
        }
        for (QuoteFinder.Marked m : marked) {
            if (r.start >= m.start() && r.end <= m.end()) return QuoteFinder.looksLikeTitle(doc.text.substring(m.start(), m.end()));
        }
        return false;
    }
}
