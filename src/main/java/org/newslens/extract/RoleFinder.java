package org.newslens.extract;

import java.util.List;
import java.util.Set;

/**
 * Attaches roles/titles the text gives a person: a title run right before the name ("Kremlin
 * spokesperson Dmitry Peskov", "US President Donald Trump") and an appositive right after it
 * ("Neil Aspinall, manager of Apple Corps,").
 */
final class RoleFinder {
    private static final int MAX_PRE = 6;
    private static final int MAX_APPOSITIVE = 10;
    private static final Set<String> STOP_PRE = Set.of("the", "a", "an", "and", "or", "of", "by", "to", "said",
            "says", "told", "with", "from", "for", "that", "as", "on", "in", "at");

    private RoleFinder() {}

    static void find(Doc doc, ActorResolver.Result res) {
        for (ActorResolver.Actor a : res.actors()) {
            if (a.type != ActorType.PERSON) continue;
            for (ActorResolver.Mention m : a.mentions) {
                String pre = preRole(doc, m);
                if (pre != null) a.roles.add(pre);
                String app = appositive(doc, m, res.actorAt());
                if (app != null) a.roles.add(app);
            }
        }
    }

    /** Title run before the name, ending in a role noun: "US President", "Apple Inc. CEO". */
    private static String preRole(Doc doc, ActorResolver.Mention m) {
        List<Doc.Tok> toks = doc.toks;
        int end = m.from() - 1;
        if (end >= 0 && NameKeys.isHonorific(toks.get(end).word())) end--;
        // "The company's CEO, Elon Musk": the title before a comma.
        if (end >= 1 && toks.get(end).word().equals(",") && Words.isRoleNoun(toks.get(end - 1).word())
                && (m.to() >= toks.size() || !toks.get(m.to()).word().equals(",") || m.to() + 1 >= toks.size()
                    || !Words.isRoleNoun(toks.get(m.to() + 1).word()))) end--;
        if (end < 0 || toks.get(end).sent() != toks.get(m.from()).sent() || !Words.isRoleNoun(toks.get(end).word())) return null;
        int begin = end;
        while (begin - 1 >= 0 && end - begin + 1 < MAX_PRE) {
            Doc.Tok t = toks.get(begin - 1);
            if (t.sent() != toks.get(end).sent()) break;
            String w = Words.lc(t.word());
            boolean nominal = t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("NNP") || w.equals("-");
            if (!nominal || STOP_PRE.contains(w) || t.pos().equals("POS")) break;
            // Lower-case words join only as modifiers of the title ("chief financial officer", "wartime leader").
            if (!Words.capitalised(t.word()) && !Words.isRoleNoun(w) && !t.pos().equals("JJ") && !t.pos().equals("NN")) break;
            begin--;
        }
        return doc.text.substring(toks.get(begin).start(), toks.get(end).end());
    }

    /** ", [the] manager of Apple Corps," right after the name. */
    private static String appositive(Doc doc, ActorResolver.Mention m, int[] actorAt) {
        List<Doc.Tok> toks = doc.toks;
        int i = m.to();
        if (i >= toks.size() || !toks.get(i).word().equals(",")) return null;
        // "Anna Berglund, 51, the chief executive,": an age between the name and the role.
        if (i + 2 < toks.size() && toks.get(i + 1).pos().equals("CD") && toks.get(i + 2).word().equals(",")) i += 2;
        int sent = toks.get(i).sent();
        int begin = i + 1, j = begin;
        boolean role = false;
        while (j < toks.size() && toks.get(j).sent() == sent && j - begin < MAX_APPOSITIVE) {
            Doc.Tok t = toks.get(j);
            String w = Words.lc(t.word());
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || t.pos().startsWith("VB") || t.pos().equals("MD")
                    || w.equals("who") || w.equals("which") || t.pos().equals("``") || t.pos().equals("''")) break;
            if (Words.isRoleNoun(w)) role = true;
            j++;
        }
        if (!role || j == begin || j >= toks.size()) return null;
        String end = toks.get(j).word();
        if (!(end.equals(",") || end.equals(".") || end.equals(";") || toks.get(j).pos().equals("''") || toks.get(j).pos().equals("``"))) return null;
        int b = begin;
        String first = Words.lc(toks.get(b).word());
        if (first.equals("the") || first.equals("a") || first.equals("an")) b++;
        if (b >= j || actorAt[b] >= 0 && actorAt[b] == actorAt[m.from()]) return null;
        return doc.text.substring(toks.get(b).start(), toks.get(j - 1).end());
    }
}
