package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types a name by the words around it where NER typed it wrongly or not at all, before the one-sense rules run:
 * "President René Préval said" (a title before untagged name words whose surname the article uses again),
 * "his sisters La Toya and Rebbie" (a name after a kinship noun), "3. Jenson Button (McLaren)" (a line of a
 * numbered results table whose other lines are people), "behind Jenson Button" (the same full name as a person
 * elsewhere in the article), "the company Expreso Wari" (a name after an organisation noun is that organisation).
 */
final class ContextTypes {
    private ContextTypes() {}

    /** Kinship nouns in the plural ("his sisters La Toya and Rebbie"); the singular ones are {@link ActorResolver#KIN}. */
    static final Set<String> KIN_PLURAL = Set.of("sons", "daughters", "brothers", "sisters", "parents", "children",
            "grandsons", "granddaughters", "grandchildren", "nephews", "nieces", "cousins", "uncles", "aunts", "siblings");

    /** Organisation nouns that do not make the name after them the organisation ("spokesman X", "the team X" is a player). */
    private static final Set<String> NOT_NAMING = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "representative", "statement", "team", "party", "club", "government", "board", "council", "committee", "union");

    static List<ActorResolver.Raw> apply(Doc doc, List<ActorResolver.Raw> raws) {
        List<ActorResolver.Raw> out = titledUntagged(doc, raws);
        for (ActorResolver.Raw r : out) {
            if (r.type != ActorType.PERSON && (afterKinNoun(doc, r) || afterPlacePossessive(doc, r) || ruledBy(doc, r))) r.type = ActorType.PERSON;
            else if (r.type == ActorType.PERSON && afterOrganisationNoun(doc, r)) r.type = ActorType.ORGANIZATION;
        }
        resultsTable(doc, out);
        Set<String> persons = new HashSet<>();
        for (ActorResolver.Raw r : out) if (r.type == ActorType.PERSON && r.to - r.from >= 2) persons.add(r.name);
        for (ActorResolver.Raw r : out) {
            // "behind Jenson Button" typed as an organisation, where the article writes the same full name as a person.
            if (r.type != ActorType.PERSON && r.to - r.from >= 2 && persons.contains(r.name) && nameWords(doc, r)) r.type = ActorType.PERSON;
        }
        return out;
    }

    /** Every token of the mention is a capitalised word that is neither an organisation noun, a corporate suffix nor a place. */
    private static boolean nameWords(Doc doc, ActorResolver.Raw r) {
        for (int k = r.from; k < r.to; k++) {
            String w = doc.toks.get(k).word(), l = Words.lc(w);
            if (!Words.capitalised(w) || w.length() > 1 && w.chars().allMatch(Character::isUpperCase)
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) return false;
            if (Words.ORG_NOUNS.contains(l) || Words.ORG_NOUNS.contains(l.replaceAll("s$", "")) || ActorResolver.CORP_SUFFIX.contains(l)
                    || NameKeys.canonicalPlace(w) != null || Words.isRoleNoun(l)) return false;
        }
        return NameKeys.canonicalPlace(r.name) == null;
    }

    /**
     * "his sisters La Toya and Rebbie", "Jackson's mother, Katherine": a name of one to three words right after a
     * kinship noun (a comma may stand between) that a possessive ("his", "her", "their", "X's") governs.
     */
    static boolean afterKinNoun(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        if (r.to - r.from > 3 || !nameWords(doc, r)) return false;
        int k = r.from - 1;
        if (k >= 0 && toks.get(k).word().equals(",")) k--;
        // "his sisters La Toya and Rebbie": the second of two names joined by "and" after the kinship noun.
        if (k >= 1 && Words.lc(toks.get(k).word()).equals("and")) {
            int j = k - 1;
            while (j >= 0 && Words.capitalised(toks.get(j).word()) && !toks.get(j).ner().equals("O") && k - j <= 3) j--;
            if (j < k - 1) k = j;
        }
        if (k < 1 || toks.get(k).sent() != toks.get(r.from).sent()) return false;
        String kin = Words.lc(toks.get(k).word());
        if (!ActorResolver.KIN.contains(kin) && !KIN_PLURAL.contains(kin)) return false;
        int p = k - 1;
        // "her younger sister Serena": one adjective may stand between the possessive and the noun.
        if (p >= 1 && toks.get(p).pos().startsWith("JJ")) p--;
        Doc.Tok poss = toks.get(p);
        return poss.pos().equals("PRP$") || poss.pos().equals("POS");
    }

    /** Nouns of geographic features and divisions: "Japan's Mount Fuji", "China's Sichuan Province" are places. */
    private static final Set<String> GEO = Set.of("mount", "mountain", "mountains", "lake", "river", "sea", "bay", "island", "islands",
            "province", "state", "city", "county", "region", "valley", "gulf", "cape", "port", "peninsula", "desert", "coast",
            "strait", "forest", "park", "district", "square", "street", "airport", "harbour", "harbor", "hills", "falls", "canal");

    /**
     * "Jamaica's Usain Bolt set a world record": a two-word name NER took for a place, right after a place's possessive
     * and followed by a finite verb in its sentence, is a person; geographic names ("Japan's Mount Fuji") are not, nor
     * words the article also writes in lower case.
     */
    static boolean afterPlacePossessive(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        if (r.type != ActorType.LOCATION || r.to - r.from != 2 || r.from < 2 || r.to >= toks.size() || !nameWords(doc, r)) return false;
        Doc.Tok pos = toks.get(r.from - 1), place = toks.get(r.from - 2), next = toks.get(r.to);
        if (!pos.pos().equals("POS") || NameKeys.canonicalPlace(place.word()) == null && !place.ner().equals("LOCATION") || next.sent() != toks.get(r.from).sent()) return false;
        if (!Set.of("VBD", "VBZ", "VBP", "MD").contains(next.pos())) return false;
        for (int k = r.from; k < r.to; k++) {
            String l = Words.lc(toks.get(k).word());
            if (GEO.contains(l) || Attribution.hasWord(doc.text, l)) return false;
        }
        return true;
    }

    /** Nouns of a government that is someone's ("the government of X", "the regime of X"). */
    private static final Set<String> RULE = Set.of("government", "administration", "regime", "cabinet", "rule", "reign", "presidency", "dictatorship");

    /**
     * "the elected government of Chatichai Choonhavan": a name of two or three words NER took for an organisation,
     * right after a government noun in lower case and "of", is the person who led it (a country there is a place).
     */
    static boolean ruledBy(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        if (r.type != ActorType.ORGANIZATION || r.to - r.from < 2 || r.to - r.from > 3 || r.from < 2 || !nameWords(doc, r)) return false;
        return Words.lc(toks.get(r.from - 1).word()).equals("of") && RULE.contains(toks.get(r.from - 2).word())
                && toks.get(r.from - 2).sent() == toks.get(r.from).sent();
    }

    /** "the company Expreso Wari", "the airline Air Foo": a name right after a determiner and an organisation noun in lower case. */
    static boolean afterOrganisationNoun(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        if (r.from < 2) return false;
        Doc.Tok noun = toks.get(r.from - 1), det = toks.get(r.from - 2);
        String n = noun.word();
        if (Words.capitalised(n) || !Words.ORG_NOUNS.contains(n) || NOT_NAMING.contains(n) || noun.sent() != toks.get(r.from).sent()) return false;
        String d = Words.lc(det.word());
        return d.equals("the") || d.equals("a") || d.equals("its") || det.pos().equals("POS");
    }

    /**
     * "President René Préval said ... Préval told": two or three untagged proper nouns right after a capitalised
     * title, in its sentence, ending before a word that is not a proper noun, are a person when the article writes
     * the last of them again on its own as a proper noun, or a speech verb follows them. The words must pass the
     * list-member test (no titles, organisation nouns, places).
     */
    static List<ActorResolver.Raw> titledUntagged(Doc doc, List<ActorResolver.Raw> raws) {
        List<Doc.Tok> toks = doc.toks;
        Set<Integer> tagged = ActorResolver.covered(raws);
        Map<String, Integer> alone = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) {
            Doc.Tok t = toks.get(i);
            if (!t.pos().equals("NNP")) continue;
            boolean l = i == 0 || toks.get(i - 1).sent() != t.sent() || !toks.get(i - 1).pos().startsWith("NNP");
            boolean rr = i + 1 >= toks.size() || toks.get(i + 1).sent() != t.sent() || !toks.get(i + 1).pos().startsWith("NNP");
            if (l && rr) alone.merge(t.word(), 1, Integer::sum);
        }
        List<ActorResolver.Raw> out = new ArrayList<>(raws);
        for (int i = 1; i < toks.size(); i++) {
            Doc.Tok title = toks.get(i - 1);
            if (!Words.capitalised(title.word()) || !Words.isRoleNoun(title.word()) || tagged.contains(i - 1) && tagged.contains(i)) continue;
            int sent = toks.get(i).sent(), j = i;
            while (j < toks.size() && j - i < 3 && !tagged.contains(j) && toks.get(j).sent() == sent && ActorResolver.listNameWordOf(toks.get(j))) j++;
            if (j - i < 2 || j < toks.size() && toks.get(j).sent() == sent && toks.get(j).pos().startsWith("NNP")) continue;
            boolean speaks = j < toks.size() && toks.get(j).sent() == sent && Words.isSpeechVerb(toks.get(j).word());
            if (!speaks && alone.getOrDefault(toks.get(j - 1).word(), 0) == 0) continue;
            String name = doc.text.substring(toks.get(i).start(), toks.get(j - 1).end()).replaceAll("\\s+", " ");
            out.add(new ActorResolver.Raw(ActorType.PERSON, i, j, toks.get(i).start(), toks.get(j - 1).end(), name));
            for (int k = i; k < j; k++) tagged.add(k);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * "1. Sebastian Vettel (Red Bull); 2. Lewis Hamilton (McLaren); 3. Jenson Button (McLaren)": in a numbered
     * table whose lines read "number . name (", a name of two or three words NER typed otherwise is a person when
     * at least two other lines of the table hold a person.
     */
    static void resultsTable(Doc doc, List<ActorResolver.Raw> raws) {
        List<ActorResolver.Raw> lines = new ArrayList<>();
        int people = 0;
        for (ActorResolver.Raw r : raws) {
            if (!tableLine(doc, r)) continue;
            lines.add(r);
            if (r.type == ActorType.PERSON) people++;
        }
        for (ActorResolver.Raw r : lines) {
            if (r.type == ActorType.PERSON || r.to - r.from < 2 || r.to - r.from > 3 || !nameWords(doc, r)) continue;
            if (people >= 2) r.type = ActorType.PERSON;
        }
    }

    private static boolean tableLine(Doc doc, ActorResolver.Raw r) {
        List<Doc.Tok> toks = doc.toks;
        if (r.from < 2 || r.to >= toks.size()) return false;
        boolean number = toks.get(r.from - 1).word().equals(".") && toks.get(r.from - 2).word().matches("\\d{1,2}");
        return number && toks.get(r.to).word().equals("(") || number && toks.get(r.to).pos().equals("-LRB-");
    }
}
