package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-known people the news names by surname alone ("President Clinton", "Mr. Gorbachev"), from
 * {@code well-known-people.txt}: surname, full name and the years in which the short form means them,
 * so that "Bush" in 1991 is George Bush and in 2005 George W. Bush. The annotation rules give such a
 * person the common full name; the resolver applies it only to a person the article never names more
 * fully.
 */
final class WellKnownPeople {
    private record Entry(String full, int from, int to, boolean woman) {}

    private static final Map<String, List<Entry>> BY_SURNAME = load();

    private WellKnownPeople() {}

    /** The full name of the well-known person called {@code surname} in {@code year}, or null. */
    static String fullName(String surname, int year) {
        return fullName(surname, year, null);
    }

    /**
     * The same, for a surname written after {@code honorific} (null: none): "Mrs." or "Ms." is only a
     * woman of the list, "Mr." or "Sir" only a man.
     */
    static String fullName(String surname, int year, String honorific) {
        String h = honorific == null ? "" : Words.lc(honorific).replace(".", "");
        Boolean woman = FEMALE.contains(h) ? Boolean.TRUE : MALE.contains(h) ? Boolean.FALSE : null;
        for (Entry e : BY_SURNAME.getOrDefault(NameKeys.key(surname), List.of())) {
            if (year >= e.from && year <= e.to && (woman == null || woman == e.woman)) return e.full;
        }
        return null;
    }

    /**
     * "Hu said China opposed sanctions": the tagger leaves some well-known surnames untagged. A lone proper noun (no
     * proper noun next to it, in its sentence) that the list gives for the article's year, and that is the subject of
     * a verb right after it or follows a title or honorific, is added as a person's mention. The raws stay in text order.
     */
    static List<ActorResolver.Raw> untagged(Doc doc, List<ActorResolver.Raw> raws, java.time.LocalDate published) {
        if (published == null) return raws;
        java.util.Set<Integer> tagged = ActorResolver.covered(raws);
        List<Doc.Tok> toks = doc.toks;
        List<ActorResolver.Raw> added = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Doc.Tok t = toks.get(i);
            if (tagged.contains(i) || !t.ner().equals("O") || !t.pos().equals("NNP") || !Words.capitalised(t.word())) continue;
            Doc.Tok prev = i > 0 && toks.get(i - 1).sent() == t.sent() ? toks.get(i - 1) : null;
            Doc.Tok next = i + 1 < toks.size() && toks.get(i + 1).sent() == t.sent() ? toks.get(i + 1) : null;
            if (prev != null && prev.pos().startsWith("NNP") && !NameKeys.isHonorific(prev.word()) && !Words.isRoleNoun(prev.word())) continue;
            if (next != null && next.pos().startsWith("NNP")) continue;
            boolean subject = next != null && (next.pos().startsWith("VB") || next.pos().equals("MD"));
            boolean titled = prev != null && (NameKeys.isHonorific(prev.word()) || Words.isRoleNoun(prev.word()));
            if (!subject && !titled) continue;
            if (fullName(t.word(), published.getYear()) == null) continue;
            added.add(new ActorResolver.Raw(ActorType.PERSON, i, i + 1, t.start(), t.end(), t.word()));
        }
        if (added.isEmpty()) return raws;
        List<ActorResolver.Raw> out = new ArrayList<>(raws);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(r -> r.from));
        return out;
    }

    private static final java.util.Set<String> FEMALE = java.util.Set.of("mrs", "ms", "miss", "lady", "dame", "madam", "madame");
    private static final java.util.Set<String> MALE = java.util.Set.of("mr", "sir", "lord");

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> out = new HashMap<>();
        for (String[] f : RuleTable.rows("well-known-people.txt")) {
            String[] years = f[2].split("-");
            boolean woman = f.length > 3 && f[3].equals("f");
            out.computeIfAbsent(NameKeys.key(f[0]), k -> new ArrayList<>())
                    .add(new Entry(f[1], Integer.parseInt(years[0].strip()), Integer.parseInt(years[1].strip()), woman));
        }
        return out;
    }
}
