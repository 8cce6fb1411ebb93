package org.newslens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds one actor per real entity from the NER tags: drops pronouns and bare titles, merges a
 * surname-only or first-name-only mention into the full name, acronyms and short forms of an
 * organisation into its full name, and re-types a surname that NER tagged as an organisation or
 * place when the same surname is a person's.
 */
final class ActorResolver {

    /** A mention: token range [from, to) and its span (an honorific before a person is included). */
    record Mention(int from, int to, int start, int end, String text, String name) {}

    /** An actor being built (internal, mutable). */
    static final class Actor {
        final ActorType type;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        String name;

        Actor(ActorType type, String name) { this.type = type; this.name = name; }

        List<String> aliases() {
            Set<String> a = new LinkedHashSet<>();
            for (Mention m : mentions) if (!m.text().equals(name)) a.add(m.text());
            return new ArrayList<>(a);
        }

        ExtractedActor toExtracted() {
            List<Span> spans = new ArrayList<>();
            for (Mention m : mentions) spans.add(new Span(m.start(), m.end(), m.text()));
            return new ExtractedActor(name, type, aliases(), new ArrayList<>(roles), spans);
        }
    }

    /** Result: actors in order of first mention, and the actor index of each token (-1: none). */
    record Result(List<Actor> actors, int[] actorAt) {}

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Set<String> SUFFIX = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    /** Post-nominal letters ("Martin Fell QC", "Jane Doe MP") are not part of the canonical name. */
    private static final Set<String> POSTNOMINAL = Set.of("QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "PhD", "Esq.", "Esq");
    static final Set<String> CORP_SUFFIX = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co",
            "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "s.a.", "nv", "gmbh", "group", "company", "holdings",
            "limited", "incorporated", "&");

    static Result resolve(Doc doc) {
        return resolve(doc, null);
    }

    /** @param published the publication date (null: unknown), for the well-known people of its year */
    static Result resolve(Doc doc, java.time.LocalDate published) {
        List<Doc.Tok> toks = doc.toks;
        List<Raw> split = ContextTypes.apply(doc, appositiveNames(doc, listMembers(doc, splitAtLegalForm(doc,
                WellKnownPeople.untagged(doc, rawMentions(doc), published)))));
        List<String> titleNames = OneSense.titleNames(doc, split);
        List<String> quotedTitles = OneSense.quotedTitles(doc);
        List<Raw> raws = OneSense.apply(doc, split);
        int year = published == null ? Integer.MIN_VALUE : published.getYear();
        // Surnames and first names of multi-token persons, for re-typing and merging.
        Map<String, String> personBySurname = new LinkedHashMap<>();
        for (Raw r : raws) {
            if (r.type == ActorType.PERSON && r.to - r.from >= 2) {
                personBySurname.putIfAbsent(lastWord(stripSuffix(r.name)), r.name);
                if (surnameFirst(r.name)) personBySurname.putIfAbsent(r.name.substring(0, r.name.indexOf(' ')), r.name);
            }
        }
        for (Raw r : raws) {
            if (r.type == ActorType.PERSON) continue;
            // A surname NER took for a company or place, or a name right after a job title
            // ("chief executive Roland Busch", "Mr Busch") that NER typed as an organisation.
            if (r.to - r.from == 1 && personBySurname.containsKey(r.name)) r.type = ActorType.PERSON;
            else if (r.from > 0 && r.to - r.from <= 3 && allCapitalisedWords(r.name)) {
                Doc.Tok prev = toks.get(r.from - 1);
                // "The company's CEO, Elon Musk": a title, then a comma, then the name.
                if (prev.word().equals(",") && r.from > 1 && Words.isRoleNoun(toks.get(r.from - 2).word())) prev = toks.get(r.from - 2);
                boolean title = (!Words.capitalised(prev.word()) || prev.word().chars().allMatch(Character::isUpperCase))
                        && Words.isRoleNoun(prev.word())
                        || NameKeys.isHonorific(prev.word());
                // "The chief European Union observer": a name that modifies a role noun after it is not the person.
                boolean modifier = r.to < toks.size() && toks.get(r.to).sent() == toks.get(r.from).sent()
                        && (toks.get(r.to).pos().equals("NN") || toks.get(r.to).pos().equals("NNS")) && !Words.capitalised(toks.get(r.to).word());
                if (title && !modifier && prev.sent() == toks.get(r.from).sent()) r.type = ActorType.PERSON;
            }
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, Actor> byKey = new LinkedHashMap<>();
        // Longest names first, so that short forms find their full form.
        List<Raw> order = new ArrayList<>(raws);
        order.sort((a, b) -> {
            int c = Integer.compare(b.name.split(" ").length, a.name.split(" ").length);
            // Among equally long forms, "Berlin" is canonical rather than a dateline's "BERLIN".
            return c != 0 ? c : Boolean.compare(shouting(a.name), shouting(b.name));
        });
        for (Raw r : order) {
            String k = r.type + "|" + normKey(r.name, r.type);
            Actor a = r.type == ActorType.PERSON ? oneOfNamesakes(doc, actors, r) : null;
            if (a == null) a = byKey.get(k);
            if (a == null) a = findLonger(doc, actors, r, year);
            if (a == null) {
                a = new Actor(r.type, r.name);
                actors.add(a);
            }
            byKey.putIfAbsent(k, a);
            a.mentions.add(new Mention(r.from, r.to, r.start, r.end, doc.text.substring(r.start, r.end), r.name));
        }
        mergeAcrossTypes(actors);
        companyFirstWords(actors);
        takenNames(doc, actors);
        otherNames(doc, actors);
        parentheticalShortForms(doc, actors);
        for (Actor a : actors) {
            // "US", "U.S." and "United States" are one place, named as the gazetteer names it.
            String place = a.type == ActorType.LOCATION ? NameKeys.canonicalPlace(a.name) : null;
            if (place != null) a.name = place;
        }
        List<Actor> built = new ArrayList<>(actors);
        actors.removeIf(a -> weakPerson(doc, a, built, year));
        fullNamesFromTitles(actors, titleNames, quotedTitles);
        wellKnownFullNames(doc, actors, year);
        untaggedFullNames(doc, actors);
        addBareSurnames(doc, actors);
        int[] at = new int[toks.size()];
        java.util.Arrays.fill(at, -1);
        for (Actor a : actors) a.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        actors.sort((x, y) -> Integer.compare(x.mentions.get(0).start(), y.mentions.get(0).start()));
        for (int i = 0; i < actors.size(); i++) {
            for (Mention m : actors.get(i).mentions) for (int t = m.from(); t < m.to(); t++) at[t] = i;
        }
        return new Result(actors, at);
    }

    /**
     * One capitalised word tagged PERSON once, with nothing else saying it is a person (no first
     * name anywhere, no title or honorific before it, no speech verb after it): "listed by Forbes",
     * "Black and White". Too weak to report.
     */
    private static boolean weakPerson(Doc doc, Actor a, List<Actor> actors, int year) {
        if (a.type != ActorType.PERSON || a.name.contains(" ") || a.mentions.size() != 1) return false;
        Mention m = a.mentions.get(0);
        if (!m.text().equals(a.name)) return false;                       // "Mr Smith"
        // "Gorbachev met Kohl in Kiev": a surname the news of that year uses alone for a well-known person.
        if (year != Integer.MIN_VALUE && WellKnownPeople.fullName(a.name, year) != null) return false;
        List<Doc.Tok> toks = doc.toks;
        if (inListOfPeople(toks, m, actors)) return false;
        // "a resident who gave her name only as Noi", "identified only as Noi", "known as Noi": a name given as a name.
        if (m.from() >= 2 && Words.lc(toks.get(m.from() - 1).word()).equals("as")) {
            for (int k = m.from() - 2; k >= Math.max(0, m.from() - 4); k--) {
                if (Set.of("name", "named", "identified", "known", "called").contains(Words.lc(toks.get(k).word()))) return false;
            }
        }
        if (m.from() > 0 && Words.isRoleNoun(toks.get(m.from() - 1).word())) return false;
        // "his wife, Melinda", "her son Jason": a kinship noun before the name (a comma may stand between).
        int k = m.from() > 0 && toks.get(m.from() - 1).word().equals(",") ? m.from() - 2 : m.from() - 1;
        // "her younger sister Serena": one adjective may stand between the possessive and the kinship noun.
        int p = k > 1 && toks.get(k - 1).pos().startsWith("JJ") ? k - 2 : k - 1;
        if (k > 0 && p >= 0 && (KIN.contains(Words.lc(toks.get(k).word())) || ContextTypes.KIN_PLURAL.contains(Words.lc(toks.get(k).word())))
                && Set.of("his", "her", "their", "my", "our").contains(Words.lc(toks.get(p).word()))) return false;
        for (int i = m.to(); i < Math.min(toks.size(), m.to() + 3); i++) {
            String w = toks.get(i).word();
            if (Words.isSpeechVerb(w) || w.equals(",") && i == m.to()) return false; // "Smith said", "Smith, 51,"
        }
        return true;
    }

    /**
     * "Yaya Touré, Sylvinho; Xavi", "La Toya and Rebbie": the mention is a member of a list of people, joined by a
     * comma, semicolon or "and" to another person's mention right before or after it in its sentence.
     */
    private static boolean inListOfPeople(List<Doc.Tok> toks, Mention m, List<Actor> actors) {
        Set<Integer> ends = new java.util.HashSet<>(), starts = new java.util.HashSet<>();
        for (Actor b : actors) {
            if (b.type != ActorType.PERSON) continue;
            for (Mention o : b.mentions) if (o != m) { ends.add(o.to() - 1); starts.add(o.from()); }
        }
        int sent = toks.get(m.from()).sent();
        boolean left = m.from() >= 2 && joint(toks.get(m.from() - 1)) && ends.contains(m.from() - 2) && toks.get(m.from() - 2).sent() == sent;
        boolean right = m.to() + 1 < toks.size() && joint(toks.get(m.to())) && starts.contains(m.to() + 1) && toks.get(m.to() + 1).sent() == sent;
        return left || right;
    }

    private static boolean joint(Doc.Tok t) {
        return t.word().equals(",") || t.word().equals(";") || Words.lc(t.word()).equals("and");
    }

    /**
     * The span [start, end) lies inside a mention of a person: a first name or surname that is also a month's
     * abbreviation ("Jan Visser", "Ma Lin") names the person, not a date.
     */
    static boolean insidePersonName(Result res, int start, int end) {
        for (Actor a : res.actors()) {
            if (a.type != ActorType.PERSON) continue;
            for (Mention m : a.mentions) if (m.start() <= start && end <= m.end()) return true;
        }
        return false;
    }

    /** Kinship nouns: "his wife, Melinda" names a person by first name. */
    static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
            "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin",
            "uncle", "aunt", "fiancee", "fiancée", "fiance", "fiancé", "stepson", "stepdaughter", "girlfriend", "boyfriend",
            "stepfather", "stepmother", "mom", "mum", "dad");

    private static final Set<String> TAKING = Set.of("took", "take", "takes", "taking", "taken", "chose", "chosen", "adopted",
            "adopts", "assumed", "assumes");

    /**
     * "Cardinal X was elected pope and took the name Francis. ... Francis will travel": a one-word name that a person
     * of the sentence takes ("took the name", "adopted the name") is that person's new name: its mentions are that
     * person's, the first person named before it in its sentence.
     */
    private static void takenNames(Doc doc, List<Actor> actors) {
        List<Doc.Tok> toks = doc.toks;
        for (Actor a : new ArrayList<>(actors)) {
            if (a.type != ActorType.PERSON || a.name.contains(" ")) continue;
            Actor owner = null;
            for (Mention m : a.mentions) {
                int i = m.from();
                if (i < 3 || !Words.lc(toks.get(i - 1).word()).equals("name") || !TAKING.contains(Words.lc(toks.get(i - 3).word()))) continue;
                int sent = toks.get(i).sent();
                for (int k = i - 3; k >= 0 && toks.get(k).sent() == sent && owner == null; k--) {
                    for (Actor b : actors) {
                        if (b == a || b.type != ActorType.PERSON) continue;
                        for (Mention o : b.mentions) if (o.from() <= k && k < o.to()) owner = b;
                    }
                }
                if (owner != null) break;
            }
            if (owner == null) continue;
            owner.mentions.addAll(a.mentions);
            actors.remove(a);
        }
    }

    private static final Set<String> OTHER_NAME_CUES = Set.of("born", "née", "nee", "known", "alias", "aka");
    private static final Set<String> OTHER_NAME_GLUE = Set.of("also", "better", "locally", "widely", "popularly", "formerly");
    /** Natural features: "Katla, a larger volcano nearby" names a place. */
    private static final Set<String> FEATURE_NOUNS = Set.of("volcano", "glacier", "river", "lake", "mountain", "peak", "island",
            "reef", "valley", "desert", "bay", "fjord", "waterfall", "crater", "canyon");

    /**
     * "Benedict, born Joseph Ratzinger,", "Haiyan, known locally as Yolanda,": a name in such an apposition is another
     * name of the one before the comma, so it joins that actor (of whatever type); when the one before is a name the
     * tagger did not take for an actor (a storm, a ship), the other name is not a person either. "Katla, a larger
     * volcano" is a place.
     */
    private static void otherNames(Doc doc, List<Actor> actors) {
        List<Doc.Tok> toks = doc.toks;
        Map<Integer, Actor> owner = new java.util.HashMap<>();
        for (Actor a : actors) for (Mention m : a.mentions) for (int k = m.from(); k < m.to(); k++) owner.put(k, a);
        for (Actor b : new ArrayList<>(actors)) {
            if (b.type != ActorType.PERSON) continue;
            for (Mention m : b.mentions) {
                // Back from the name: "as" and an adverb ("known locally as"), the cue, an adverb before it ("also known"), a comma.
                int k = m.from() - 1;
                if (k > 0 && Words.lc(toks.get(k).word()).equals("as")) k--;
                if (k > 0 && OTHER_NAME_GLUE.contains(Words.lc(toks.get(k).word())) && !Words.lc(toks.get(k).word()).equals("known")) k--;
                if (k <= 1 || !OTHER_NAME_CUES.contains(Words.lc(toks.get(k).word()))) continue;
                if (Words.lc(toks.get(k).word()).equals("known") && !Words.lc(toks.get(m.from() - 1).word()).equals("as")) continue;
                if (OTHER_NAME_GLUE.contains(Words.lc(toks.get(k - 1).word()))) k--;
                if (k <= 1 || !toks.get(k - 1).word().equals(",")) continue;
                int before = k - 2;
                if (toks.get(before).sent() != toks.get(m.from()).sent()) continue;
                Actor a = owner.get(before);
                if (a == b) continue;
                if (a != null) {
                    a.mentions.addAll(b.mentions);
                    actors.remove(b);
                } else if (toks.get(before).pos().startsWith("NNP") && Words.capitalised(toks.get(before).word())) {
                    actors.remove(b);
                }
                break;
            }
        }
        for (int i = 0; i < actors.size(); i++) {
            Actor b = actors.get(i);
            if (b.type != ActorType.PERSON || b.name.contains(" ")) continue;
            for (Mention m : b.mentions) {
                int k = m.to();
                if (k + 2 >= toks.size() || !toks.get(k).word().equals(",")) continue;
                String det = Words.lc(toks.get(k + 1).word());
                if (!det.equals("a") && !det.equals("an") && !det.equals("the")) continue;
                int n = k + 2;
                while (n < toks.size() && n < k + 5 && (toks.get(n).pos().startsWith("JJ") || toks.get(n).pos().equals("RBR"))) n++;
                if (n < toks.size() && FEATURE_NOUNS.contains(Words.lc(toks.get(n).word()))) {
                    Actor place = new Actor(ActorType.LOCATION, b.name);
                    place.mentions.addAll(b.mentions);
                    actors.set(i, place);
                    break;
                }
            }
        }
    }

    /** "Kremlin" tagged once as an organisation and once as a place is one actor (the type seen first). */
    private static void mergeAcrossTypes(List<Actor> actors) {
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.type == ActorType.PERSON) continue;
            for (int j = actors.size() - 1; j > i; j--) {
                Actor b = actors.get(j);
                if (b.type != ActorType.PERSON && b.type != a.type && normKey(b.name, b.type).equals(normKey(a.name, a.type))) {
                    Actor keep = a.mentions.get(0).start() <= b.mentions.get(0).start() ? a : b;
                    Actor drop = keep == a ? b : a;
                    keep.mentions.addAll(drop.mentions);
                    actors.remove(drop);
                    if (drop == a) { i--; break; }
                }
            }
        }
    }

    /**
     * "Nakamura Electric Industrial Co. agreed to acquire ... Nakamura would pay": a one-word "person" that is the
     * first word of exactly one company named before it (a name with a corporate suffix), and never written with
     * a given name, is that company's short form.
     */
    private static void companyFirstWords(List<Actor> actors) {
        for (Actor p : new ArrayList<>(actors)) {
            if (p.type != ActorType.PERSON || p.name.contains(" ")) continue;
            Actor found = null;
            int n = 0;
            for (Actor o : actors) {
                if (o.type != ActorType.ORGANIZATION) continue;
                String[] w = o.name.split(" ");
                if (w.length < 2 || !w[0].equals(p.name)) continue;
                boolean company = false;
                for (int i = 1; i < w.length; i++) company |= CORP_SUFFIX.contains(w[i].toLowerCase(Locale.ROOT));
                if (!company) continue;
                found = o;
                n++;
            }
            if (n != 1 || found.mentions.get(0).start() > p.mentions.get(0).start()) continue;
            found.mentions.addAll(p.mentions);
            actors.remove(p);
        }
    }

    /**
     * "Tokyo Electric Power Company (TEPCO)": a one-word name in brackets right after an organisation's or
     * place's name is the short form the article goes on to use for it, whatever its letters; its mentions
     * join the full name's actor.
     */
    private static void parentheticalShortForms(Doc doc, List<Actor> actors) {
        Map<Integer, Actor> byFirstToken = new LinkedHashMap<>();
        for (Actor a : actors) for (Mention m : a.mentions) byFirstToken.put(m.from(), a);
        List<Doc.Tok> toks = doc.toks;
        for (Actor full : new ArrayList<>(actors)) {
            if (full.type == ActorType.PERSON || !actors.contains(full)) continue;
            for (Mention m : new ArrayList<>(full.mentions)) {
                int o = m.to();
                if (o + 2 >= toks.size() || !isBracket(toks.get(o), true) || !isBracket(toks.get(o + 2), false)) continue;
                Doc.Tok w = toks.get(o + 1);
                if (!full.name.contains(" ") || !w.pos().startsWith("NNP") || !Words.capitalised(w.word())) continue;
                Actor shortForm = byFirstToken.get(o + 1);
                if (shortForm == null) {
                    // The tagger may leave the bracketed form untagged and tag it later ("a KYEPCO spokesman").
                    for (Actor b : actors) if (b.type != ActorType.PERSON && b.name.equals(w.word())) shortForm = b;
                    full.mentions.add(new Mention(o + 1, o + 2, w.start(), w.end(), w.word(), w.word()));
                    byFirstToken.put(o + 1, full);
                }
                if (shortForm == null || shortForm == full || shortForm.type == ActorType.PERSON || shortForm.name.contains(" ")) continue;
                full.mentions.addAll(shortForm.mentions);
                actors.remove(shortForm);
                for (Mention sm : shortForm.mentions) byFirstToken.put(sm.from(), full);
            }
        }
    }

    private static boolean isBracket(Doc.Tok t, boolean open) {
        return open ? t.word().equals("(") || t.pos().equals("-LRB-") : t.word().equals(")") || t.pos().equals("-RRB-");
    }

    /** A lone proper noun equal to a person's surname that NER missed ("said Press") is that person. */
    private static void addBareSurnames(Doc doc, List<Actor> actors) {
        Map<String, Actor> bySurname = new LinkedHashMap<>();
        for (Actor a : actors) {
            if (a.type == ActorType.PERSON && a.name.contains(" ")) bySurname.putIfAbsent(lastWord(stripSuffix(a.name)), a);
            if (a.type == ActorType.PERSON && surnameFirst(a.name)) bySurname.putIfAbsent(a.name.substring(0, a.name.indexOf(' ')), a);
        }
        if (bySurname.isEmpty()) return;
        Set<Integer> tagged = new java.util.HashSet<>();
        for (Actor a : actors) for (Mention m : a.mentions) for (int t = m.from(); t < m.to(); t++) tagged.add(t);
        List<Doc.Tok> toks = doc.toks;
        for (int i = 0; i < toks.size(); i++) {
            Doc.Tok t = toks.get(i);
            Actor a = bySurname.get(t.word());
            // "Jobs said": a surname the tagger took for a plural noun is still the person when a speech verb follows.
            boolean speaks = t.pos().startsWith("NN") && i + 1 < toks.size() && toks.get(i + 1).sent() == t.sent()
                    && Words.isSpeechVerb(toks.get(i + 1).word()) && toks.get(i + 1).pos().startsWith("VB");
            if (a == null || tagged.contains(i) || !(t.pos().equals("NNP") || speaks)) continue;
            boolean loneLeft = i == 0 || !toks.get(i - 1).pos().startsWith("NNP") || toks.get(i - 1).sent() != t.sent();
            boolean loneRight = i + 1 >= toks.size() || !toks.get(i + 1).pos().startsWith("NNP") || toks.get(i + 1).sent() != t.sent();
            // Not first in its sentence (a capitalised common word), unless it speaks ("Jobs said that").
            boolean inside = i > 0 && toks.get(i - 1).sent() == t.sent();
            // "Bolt had lost to Blake": first in its sentence, as the subject of a finite verb.
            boolean subject = !inside && t.pos().equals("NNP") && i + 1 < toks.size() && toks.get(i + 1).sent() == t.sent()
                    && Set.of("VBD", "VBZ", "VBP", "MD").contains(toks.get(i + 1).pos());
            if (loneLeft && loneRight && (inside || speaks || subject)) {
                a.mentions.add(new Mention(i, i + 1, t.start(), t.end(), t.word(), t.word()));
            }
        }
    }

    /**
     * Capitalised words that stand before a name without being its first name: party and affiliation
     * labels ("Democrat John Kerry"), which the tagger also leaves out.
     */
    private static final Set<String> LABELS = Set.of("democrat", "republican", "conservative", "liberal", "labour",
            "tory", "socialist", "communist", "independent", "green", "democratic", "nationalist", "catholic",
            "protestant", "muslim", "christian", "jewish", "sunni", "shia", "olympic", "world", "national",
            "former", "late", "acting", "interim", "new", "veteran", "star", "legendary", "rookie", "fellow");

    /**
     * Token {@code k} is a first name the tagger left out of a person's name right after it ("said Chew
     * Choon Seng", "Usain Bolt of Jamaica won"): a capitalised proper noun tagged O in the name's sentence,
     * not a title, honorific, label, organisation noun, place or speech verb, with no proper noun before
     * it (a run of capitalised words is another name or a title), and never written in lower case in the
     * article ("Chew" the verb would be).
     */
    static boolean leftOutFirstName(Doc doc, int k) {
        List<Doc.Tok> toks = doc.toks;
        if (k < 0 || k + 1 >= toks.size()) return false;
        Doc.Tok t = toks.get(k);
        String w = t.word();
        if (t.sent() != toks.get(k + 1).sent() || !t.ner().equals("O") || !t.pos().equals("NNP") || w.length() < 2
                || !Words.capitalised(w) || w.chars().allMatch(Character::isUpperCase) || !w.chars().allMatch(Character::isLetter)) return false;
        String l = Words.lc(w);
        if (Words.isRoleNoun(l) || NameKeys.isHonorific(l) || LABELS.contains(l) || Words.ORG_NOUNS.contains(l)
                || CORP_SUFFIX.contains(l) || Words.isSpeechVerb(l) || NameKeys.canonicalPlace(w) != null
                || DEPARTMENTS.contains(l) || officeOf(toks, k) || CLERICAL.contains(w)) return false;
        // "President Goodwill Mbeki": a title before the left-out first name does not make a run of names.
        boolean title = k > 0 && Words.isRoleNoun(toks.get(k - 1).word()) && Words.capitalised(toks.get(k - 1).word());
        if (k > 0 && toks.get(k - 1).sent() == t.sent() && (toks.get(k - 1).pos().startsWith("NNP") && !title || !toks.get(k - 1).ner().equals("O")
                || NameKeys.isHonorific(toks.get(k - 1).word()))) return false;
        return !hasWord(doc.text, l);
    }

    /** {@code word} (lower case) occurs in {@code text} as a whole word, in lower case. */
    private static boolean hasWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
        }
        return false;
    }

    /**
     * "Usain Bolt of Jamaica won ... Bolt said": a person the tagger found only by surname, whose first
     * mention in full it missed altogether: the surname untagged with a first name before it
     * ({@link #leftOutFirstName}) gives the full name, when the article writes only one such full form.
     */
    private static void untaggedFullNames(Doc doc, List<Actor> actors) {
        Set<Integer> tagged = new java.util.HashSet<>();
        for (Actor a : actors) for (Mention m : a.mentions) for (int t = m.from(); t < m.to(); t++) tagged.add(t);
        List<Doc.Tok> toks = doc.toks;
        for (Actor a : actors) {
            if (a.type != ActorType.PERSON || a.name.contains(" ")) continue;
            List<Mention> found = new ArrayList<>();
            Set<String> forms = new LinkedHashSet<>();
            for (int i = 1; i < toks.size(); i++) {
                Doc.Tok t = toks.get(i);
                if (!t.word().equals(a.name) || tagged.contains(i) || tagged.contains(i - 1) || !t.pos().equals("NNP")) continue;
                if (i + 1 < toks.size() && toks.get(i + 1).sent() == t.sent() && toks.get(i + 1).pos().startsWith("NNP")) continue;
                if (!leftOutFirstName(doc, i - 1)) continue;
                String full = toks.get(i - 1).word() + " " + t.word();
                forms.add(full);
                found.add(new Mention(i - 1, i + 1, toks.get(i - 1).start(), t.end(), doc.text.substring(toks.get(i - 1).start(), t.end()), full));
            }
            if (forms.size() != 1 || hasPerson(actors, forms.iterator().next())) continue;
            a.mentions.addAll(found);
            a.name = forms.iterator().next();
        }
    }

    /**
     * "Leno, who took over ..." where the only fuller form is inside a title ("The Tonight Show With Jay
     * Leno"): the person's canonical name is that fullest form the article writes.
     */
    private static void fullNamesFromTitles(List<Actor> actors, List<String> titleNames, List<String> quotedTitles) {
        for (Actor a : actors) {
            if (a.type != ActorType.PERSON || a.name.contains(" ")) continue;
            String found = null;
            List<String> names = new ArrayList<>(titleNames);
            // "The Oprah Winfrey Show": the capitalised word before the surname in a quoted title.
            for (String t : quotedTitles) {
                String[] w = t.split(" ");
                for (int i = 1; i < w.length; i++) {
                    if (w[i].equals(a.name) && Words.capitalised(w[i - 1]) && w[i - 1].chars().allMatch(c -> Character.isLetter(c) || c == '.')
                            && !OneSense.titleGlue(w[i - 1]) && !Words.isRoleNoun(w[i - 1])) names.add(w[i - 1] + " " + w[i]);
                }
            }
            for (String n : names) {
                if (!lastWord(stripSuffix(n)).equals(a.name)) continue;
                if (found != null && !found.equals(n)) { found = null; break; } // two people of that surname
                found = n;
            }
            if (found != null && !hasPerson(actors, found)) a.name = found;
        }
    }

    /**
     * "President Clinton", "Mr. Gorbachev": a person the article names by surname alone is, in the years
     * the gazetteer gives, the well-known person of that surname, named in full ({@link WellKnownPeople}).
     */
    private static void wellKnownFullNames(Doc doc, List<Actor> actors, int year) {
        if (year == Integer.MIN_VALUE) return;
        for (Actor a : actors) {
            if (a.type != ActorType.PERSON || a.name.contains(" ") || namedAsKin(doc, a)) continue;
            // Every honorific the article writes before the name must fit ("Mrs. Clinton" is not Bill Clinton).
            String full = WellKnownPeople.fullName(a.name, year);
            for (Mention m : a.mentions) {
                int sp = m.text().indexOf(' ');
                if (sp > 0 && NameKeys.isHonorific(m.text().substring(0, sp))) {
                    String f = WellKnownPeople.fullName(a.name, year, m.text().substring(0, sp));
                    if (f == null || !f.equals(full)) { full = null; break; }
                }
            }
            if (full != null && !hasPerson(actors, full)) a.name = full;
        }
    }

    /** "his wife, Rosa", "her son Carter": a one-word name after a kinship noun is a first name, not a famous surname. */
    private static boolean namedAsKin(Doc doc, Actor a) {
        for (Mention m : a.mentions) if (kinNounBefore(doc.toks, m.from()) != null) return true;
        return false;
    }

    /**
     * The kinship noun (singular or plural, in lower case) right before the name at token {@code from} in its sentence,
     * a comma allowed between ("his wife, X", "her sons X and Y"), or null.
     */
    static String kinNounBefore(List<Doc.Tok> toks, int from) {
        int k = from - 1;
        if (k >= 0 && toks.get(k).word().equals(",")) k--;
        if (k < 0 || toks.get(k).sent() != toks.get(from).sent()) return null;
        String w = Words.lc(toks.get(k).word());
        return KIN.contains(w) || ContextTypes.KIN_PLURAL.contains(w) ? w : null;
    }

    /** The tokens the mentions cover. */
    static Set<Integer> covered(List<Raw> raws) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Raw r : raws) for (int k = r.from; k < r.to; k++) out.add(k);
        return out;
    }

    private static boolean hasPerson(List<Actor> actors, String name) {
        for (Actor a : actors) if (a.type == ActorType.PERSON && a.name.equals(name)) return true;
        return false;
    }

    /**
     * A surname after a title ("President Clinton") that the gazetteer gives, in the article's year, to a
     * well-known person of another first name than {@code full}'s: not that fuller name's short form
     * ("Hillary Rodham Clinton" in the same article is someone else).
     */
    private static boolean otherWellKnown(Doc doc, Raw r, String[] full, int year) {
        if (r.to - r.from != 1 || r.from == 0 || year == Integer.MIN_VALUE) return false;
        String prev = doc.toks.get(r.from - 1).word();
        if (!Words.isRoleNoun(prev) && !NameKeys.isHonorific(prev)) return false;
        String known = WellKnownPeople.fullName(r.name, year, prev);
        return known != null && !known.split(" ")[0].equalsIgnoreCase(full[0]);
    }

    /** An actor already built whose fuller name this short form belongs to, or null. */
    private static Actor findLonger(Doc doc, List<Actor> actors, Raw r, int year) {
        String[] w = r.name.split(" ");
        if (r.type == ActorType.ORGANIZATION && w.length == 1) {
            // Only once the full name has been written ("Ford Motor Company ... Ford"); a parent named
            // first ("Boeing ... Boeing Commercial Airplanes") stays its own actor.
            Actor clipped = uniqueOrgStartingWith(actors, w[0]);
            if (clipped != null && clipped.mentions.get(0).start() < r.start) return clipped;
        }
        Actor best = null;
        for (Actor a : actors) {
            if (a.type != r.type) continue;
            String[] full = (a.type == ActorType.PERSON ? stripSuffix(a.name) : a.name).split(" ");
            // Russian patronymics (mechanism: patronymic forms): "Boris Nikolayevich" is how one addresses Boris Yeltsin,
            // "Vladimir Putin" is "Vladimir Vladimirovich Putin" without the patronymic.
            if (r.type == ActorType.PERSON && a.type == ActorType.PERSON && patronymicForm(full, w)) {
                if (best == null || lastStartBefore(a, r.start) > lastStartBefore(best, r.start)) best = a;
                continue;
            }
            if (full.length <= w.length) continue;
            boolean match = switch (r.type) {
                // "Putin" / "Vladimir" / "Bambang Yudhoyono" for "Susilo Bambang Yudhoyono".
                // "La Toya" for "La Toya Jackson": a given name of two words, written before the full name is.
                case PERSON -> endsWith(full, w) || (w.length == 1 && full[0].equals(w[0])) || shortFirstName(full, w)
                        || w.length >= 2 && full.length == w.length + 1 && java.util.Arrays.equals(full, 0, w.length, w, 0, w.length);
                // "GM" for "General Motors", "Apple" for "Apple Inc.".
                case ORGANIZATION -> isAcronymOf(r.name, full) || startsWithThenSuffix(full, w) || bodyOf(full, w) || definedShortForm(doc, a, r.name);
                case LOCATION -> isAcronymOf(r.name, full);
            };
            if (match && r.type == ActorType.PERSON && otherWellKnown(doc, r, full, year)) match = false;
            if (match) {
                // Prefer the full name mentioned most recently before this mention.
                if (best == null || lastStartBefore(a, r.start) > lastStartBefore(best, r.start)) best = a;
            }
        }
        if (best == null && r.type == ActorType.PERSON && w.length == 1) best = innerNameOf(actors, w[0]);
        return best;
    }

    /**
     * "Mr Kell" when the article names John Kell and his wife, Margaret Kell: a surname mention (or surname + "Jr."/"Sr.")
     * that fits two or more persons named in full is resolved on its own, not with the other mentions of that surname.
     * A suffix picks the person with that suffix ("Hale Sr."). Otherwise the mention's gender ({@link Gender#ofMention}:
     * its honorific, or "he"/"she" after it) prefers the persons of that gender, then those of unknown gender; "Mr"/"Mrs"/
     * "Ms" prefer a person not introduced as someone's son or daughter (or "Jr."), "Miss" one who was; then a person
     * already named before the mention, the one named most recently. Null when fewer than two persons fit.
     */
    private static Actor oneOfNamesakes(Doc doc, List<Actor> actors, Raw r) {
        String[] w = r.name.split(" ");
        String suffix = w.length == 2 && SUFFIX.contains(w[1]) ? w[1].replace(".", "") : null;
        if (w.length != 1 && suffix == null) return null;
        String surname = w[0];
        List<Actor> fit = new ArrayList<>();
        for (Actor a : actors) {
            if (a.type != ActorType.PERSON) continue;
            String[] full = stripSuffix(a.name).split(" ");
            if (full.length >= 2 && full[full.length - 1].equals(surname)) fit.add(a);
        }
        if (fit.size() < 2) return null;
        if (suffix != null) {
            List<Actor> same = fit.stream().filter(a -> a.name.replace(".", "").endsWith(" " + suffix)).toList();
            return same.size() == 1 ? same.get(0) : null;
        }
        List<Doc.Tok> toks = doc.toks;
        char g = Gender.ofMention(toks, r.from, r.to);
        if (g != Gender.UNKNOWN) {
            List<Actor> notOther = fit.stream().filter(a -> genderOf(doc, a) == g || genderOf(doc, a) == Gender.UNKNOWN).toList();
            if (!notOther.isEmpty()) fit = notOther;
        }
        String hon = r.from > 0 && toks.get(r.from - 1).sent() == toks.get(r.from).sent() ? Words.lc(toks.get(r.from - 1).word()).replace(".", "") : "";
        if (hon.equals("mr") || hon.equals("mrs") || hon.equals("ms") || hon.equals("miss")) {
            boolean wantYounger = hon.equals("miss");
            List<Actor> gen = fit.stream().filter(a -> younger(doc, a) == wantYounger).toList();
            if (!gen.isEmpty()) fit = gen;
        }
        if (g != Gender.UNKNOWN) {
            List<Actor> same = fit.stream().filter(a -> genderOf(doc, a) == g).toList();
            if (!same.isEmpty()) fit = same;
        }
        List<Actor> before = fit.stream().filter(a -> a.mentions.get(0).start() < r.start).toList();
        if (!before.isEmpty()) fit = before;
        if (hon.isEmpty() || Gender.ofHonorific(hon) == Gender.UNKNOWN) {
            // "his younger brother, Raúl ... Castro took power": a namesake the article calls by first name alone is not
            // the one its bare surname means.
            List<Actor> notFirstNamed = fit.stream().filter(a -> !calledByFirstName(a)).toList();
            if (!notFirstNamed.isEmpty()) fit = notFirstNamed;
        }
        Actor best = null;
        for (Actor a : fit) if (best == null || lastStartBefore(a, r.start) > lastStartBefore(best, r.start)) best = a;
        if (best == null || fit.size() == 1) return best;
        // The one named most recently, when that was as the subject of the mention's sentence or of the one before
        // ("Her husband, Dale Benton, had reported ... Benton said"); otherwise ("since his uncle, Tatsuro Toyoda, stepped
        // down") the namesake the article has named most often so far (the first named on a tie).
        int last = lastStartBefore(best, r.start);
        int sent = doc.toks.get(r.from).sent();
        if (last >= 0 && sent - doc.sentenceAt(last).index() <= 1 && beforeMainVerb(doc, last)) return best;
        Actor main = null;
        int most = -1;
        for (Actor a : fit) {
            int n = (int) a.mentions.stream().filter(m -> m.start() < r.start).count();
            if (n > most || n == most && a.mentions.get(0).start() < main.mentions.get(0).start()) { most = n; main = a; }
        }
        return main;
    }

    /** No finite verb between the start of its sentence and the character offset {@code at}: a subject's place. */
    private static boolean beforeMainVerb(Doc doc, int at) {
        Doc.Sent st = doc.sentenceAt(at);
        for (int k = st.tokFrom(); k < st.tokTo() && doc.toks.get(k).start() < at; k++) {
            String pos = doc.toks.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return false;
        }
        return true;
    }

    /** The person is mentioned by the first word of its full name alone ("Raúl" for Raúl Castro). */
    private static boolean calledByFirstName(Actor a) {
        String first = a.name.split(" ")[0];
        return a.mentions.stream().anyMatch(m -> m.name().equals(first));
    }

    /** A person's gender from all its mentions so far: honorifics, the kinship nouns introducing it, first names, pronouns. */
    static char genderOf(Doc doc, Actor a) {
        char g = Gender.UNKNOWN;
        boolean conflict = false;
        for (Mention m : a.mentions) {
            char e = Gender.UNKNOWN;
            String kin = Gender.kinshipBefore(doc.toks, m.from());
            if (kin != null) e = Gender.ofKinship(kin);
            String[] words = m.name().split(" ");
            if (e == Gender.UNKNOWN && words.length >= 2) e = Gender.ofFirstName(words[0]);
            if (e == Gender.UNKNOWN) e = m.to() - m.from() == 1 ? Gender.ofMention(doc.toks, m.from(), m.to())
                    : m.from() > 0 ? Gender.ofHonorific(doc.toks.get(m.from() - 1).word()) : Gender.UNKNOWN;
            if (e == Gender.UNKNOWN) continue;
            if (g != Gender.UNKNOWN && g != e) conflict = true;
            g = Gender.join(g, e);
        }
        return conflict ? Gender.UNKNOWN : g;
    }

    /** Introduced as someone's son or daughter ("her son, Kevin Benton"), or named "Jr.". */
    private static boolean younger(Doc doc, Actor a) {
        if (a.name.endsWith(" Jr.") || a.name.endsWith(" Jr")) return true;
        for (Mention m : a.mentions) {
            String kin = Gender.kinshipBefore(doc.toks, m.from());
            if (kin != null && Gender.childKinship(kin)) return true;
        }
        return false;
    }

    /**
     * "Ford" for "Ford Motor Company", "Fed" for "Federal Reserve": a one-word organisation that is the
     * first word (or a clipped first word, 3+ letters) of exactly one longer organisation.
     */
    private static Actor uniqueOrgStartingWith(List<Actor> actors, String word) {
        Actor found = null;
        for (Actor a : actors) {
            if (a.type != ActorType.ORGANIZATION) continue;
            String[] full = a.name.split(" ");
            if (full.length < 2) continue;
            boolean match = full[0].equals(word)
                    || word.length() >= 3 && Words.capitalised(word) && !word.chars().allMatch(Character::isUpperCase)
                    && full[0].startsWith(word) && full[0].length() > word.length();
            if (!match) continue;
            if (found != null) return null; // "Apple" with both "Apple Inc." and "Apple Corps": ambiguous
            found = a;
        }
        return found;
    }

    /**
     * "Costa" for "Maria Fernanda Costa da Rocha", a paternal surname of a two-surname name: a one-word mention that is an
     * inner word (neither the first nor the last) of exactly one person's name of three or more words.
     */
    private static Actor innerNameOf(List<Actor> actors, String word) {
        if (!Words.capitalised(word) || word.length() < 2) return null;
        Actor found = null;
        for (Actor a : actors) {
            if (a.type != ActorType.PERSON) continue;
            String[] full = stripSuffix(a.name).split(" ");
            boolean inner = false;
            for (int i = 1; i < full.length - 1; i++) if (full[i].equals(word)) inner = true;
            if (!inner) continue;
            if (found != null) return null;
            found = a;
        }
        return found;
    }

    private static int lastStartBefore(Actor a, int pos) {
        int best = -1;
        for (Mention m : a.mentions) if (m.start() <= pos) best = Math.max(best, m.start());
        return best;
    }

    /**
     * "Tim Cook" for "Timothy D. Cook": same surname, and the first name is a short form the full first
     * name starts with (at least three letters: "Tim", "Steve", "Chris").
     */
    private static boolean shortFirstName(String[] full, String[] w) {
        return w.length == 2 && full.length >= 2 && full[full.length - 1].equals(w[1]) && w[0].length() >= 3
                && full[0].length() > w[0].length() && full[0].startsWith(w[0]) && Words.capitalised(w[0]);
    }

    /** A Russian patronymic: a capitalised word ending -ovich, -evich, -ovna, -evna, -ichna or Ilyich ("Nikolayevich", "Sergeyevna"). */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:ovich|evich|ovna|evna|ichna)|Ilyich|Ilich");

    static boolean isPatronymic(String w) { return PATRONYMIC.matcher(w).matches(); }

    /**
     * Patronymic forms of a full name: "Boris Nikolayevich" (given name + patronymic, the respectful address) for a person
     * whose full name starts with "Boris" and does not hold another patronymic; "Vladimir Putin" for "Vladimir Vladimirovich
     * Putin" (the full name without its patronymic).
     */
    static boolean patronymicForm(String[] full, String[] w) {
        if (w.length == 2 && isPatronymic(w[1]) && full.length >= 2 && full[0].equals(w[0]) && !full[1].equals(w[1])) {
            for (String f : full) if (isPatronymic(f)) return false;
            return !isPatronymic(full[full.length - 1]);
        }
        if (full.length == w.length + 1 && full.length >= 3 && isPatronymic(full[1]) && !isPatronymic(w[w.length - 1])) {
            return full[0].equals(w[0]) && java.util.Arrays.equals(full, 2, full.length, w, 1, w.length);
        }
        return false;
    }

    /** The last words of {@code full} are {@code w}; a particle may change case ("De Klerk" for "F.W. de Klerk"). */
    private static boolean endsWith(String[] full, String[] w) {
        for (int i = 0; i < w.length; i++) {
            String f = full[full.length - w.length + i];
            // "Sisi" for "Abdul Fattah al-Sisi": an Arabic surname is written with or without its article.
            if (i == w.length - 1 && ARABIC_ARTICLE.matcher(f).find() && ARABIC_ARTICLE.matcher(f).replaceFirst("").equals(w[i])) continue;
            // "Elaraby" for "Nabil el-Araby" (mechanism: Arabic article fused): the article written into the surname.
            if (i == w.length - 1 && ARABIC_ARTICLE.matcher(f).find() && w[i].length() > 4 && f.replace("-", "").equalsIgnoreCase(w[i])
                    && Words.capitalised(w[i])) continue;
            if (!f.equals(w[i]) && !(i < w.length - 1 && f.equalsIgnoreCase(w[i]))) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("^(?:al|el|Al|El)-(?=\\p{Lu})");

    /** Words that name a government body after its name ("the Treasury Department" is "the Treasury"). */
    private static final Set<String> BODY_NOUNS = Set.of("department", "ministry", "agency", "administration", "office");

    /**
     * "U.S. Treasury Department" for "US Treasury": the same words (a country in any of its forms) and then
     * a body noun.
     */
    static boolean bodyOf(String[] full, String[] w) {
        if (full.length != w.length + 1 || !BODY_NOUNS.contains(Words.lc(full[full.length - 1]))) return false;
        for (int i = 0; i < w.length; i++) {
            if (full[i].equals(w[i])) continue;
            String a = NameKeys.canonicalPlace(full[i]), b = NameKeys.canonicalPlace(w[i]);
            if (a == null || !a.equals(b)) return false;
        }
        return true;
    }

    private static boolean startsWithThenSuffix(String[] full, String[] w) {
        for (int i = 0; i < w.length; i++) if (!full[i].equals(w[i])) return false;
        for (int i = w.length; i < full.length; i++) {
            if (!CORP_SUFFIX.contains(full[i].toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * "the Revolutionary Armed Forces of Colombia, or FARC,", "the Party of the Democratic Revolution (PRD)": a short
     * form in capitals that the text defines right after the full name, whatever its letters (often another language's).
     */
    static boolean definedShortForm(Doc doc, Actor full, String shortName) {
        if (shortName.length() < 2 || !shortName.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) return false;
        for (Mention m : full.mentions) {
            if (doc.text.startsWith(", or " + shortName, m.end()) || doc.text.startsWith(" (" + shortName + ")", m.end())) return true;
        }
        return false;
    }

    /** "GM" for "General Motors", "SIA" for "Singapore Airlines": each word gives its initial and maybe more of its letters. */
    static boolean isAcronymOf(String shortName, String[] full) {
        String s = shortName.replace(".", "");
        if (s.length() < 2 || !s.chars().allMatch(Character::isUpperCase)) return false;
        List<String> words = new ArrayList<>();
        for (String f : full) if (Words.capitalised(f) && !CORP_SUFFIX.contains(f.toLowerCase(Locale.ROOT))) words.add(f.toUpperCase(Locale.ROOT));
        return words.size() >= 2 && acronym(s, 0, words, 0);
    }

    private static boolean acronym(String s, int si, List<String> words, int wi) {
        if (wi == words.size()) return si == s.length();
        if (si == s.length() || s.charAt(si) != words.get(wi).charAt(0)) return false;
        String w = words.get(wi);
        // Take the initial, then optionally further letters of the same word in order.
        int k = si + 1;
        if (acronym(s, k, words, wi + 1)) return true;
        for (int j = 1; j < w.length() && k < s.length(); j++) {
            if (w.charAt(j) == s.charAt(k)) {
                k++;
                if (acronym(s, k, words, wi + 1)) return true;
            }
        }
        return false;
    }

    private static String normKey(String name, ActorType type) {
        String k = type == ActorType.LOCATION ? NameKeys.key(name, type) : NameKeys.key(name);
        return type == ActorType.PERSON ? k : k.replace(" ", "");
    }

    private static boolean shouting(String name) {
        return name.length() > 3 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean allCapitalisedWords(String name) {
        String[] ws = name.split(" ");
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            // "Honoré Lefort d'Aubigny", "Ana de Souza": a name particle after the first word.
            if (i > 0 && (NAME_PARTICLES.contains(w) || PARTICLE_PREFIX.matcher(w).matches())) continue;
            if (!Words.capitalised(w) || w.chars().allMatch(Character::isUpperCase)) return false;
        }
        return true;
    }

    /** Lower-case particles inside personal names. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "das", "do", "dos", "du", "del", "della", "di",
            "van", "von", "der", "den", "ter", "le", "la", "bin", "ibn", "bint", "al", "el");
    /** A particle joined to a capitalised name: "d'Aubigny", "al-Rashid", "el-Masri". */
    private static final java.util.regex.Pattern PARTICLE_PREFIX = java.util.regex.Pattern.compile("(d'|d’|al-|el-)\\p{Lu}\\p{L}+");

    /** "James T. Holloway Jr." -> "James T. Holloway", for surname matching. */
    static String stripSuffix(String name) {
        int i = name.lastIndexOf(' ');
        return i > 0 && SUFFIX.contains(name.substring(i + 1)) ? name.substring(0, i) : name;
    }

    /** A hyphenated given name after one capitalised word ("Gong Tae-woo", "Lee Myung-bak"). */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+ \\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /**
     * The name is written surname first, as Korean names are in English news ("Gong Tae-woo ... Gong said"): one
     * word, then a hyphenated given name whose second part is lower case.
     */
    static boolean surnameFirst(String name) {
        return HYPHENATED_GIVEN.matcher(name).matches();
    }

    private static String lastWord(String name) {
        int i = name.lastIndexOf(' ');
        return i < 0 ? name : name.substring(i + 1);
    }

    /** A raw NER mention after trimming. */
    static final class Raw {
        ActorType type;
        final int from, to, start, end;
        final String name;

        Raw(ActorType type, int from, int to, int start, int end, String name) {
            this.type = type; this.from = from; this.to = to; this.start = start; this.end = end; this.name = name;
        }
    }

    private static List<Raw> rawMentions(Doc doc) {
        List<Doc.Tok> toks = doc.toks;
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Doc.Tok t = toks.get(i);
            ActorType type = typeOf(t.ner());
            if (type == null) { i++; continue; }
            int j = i + 1;
            while (j < toks.size() && toks.get(j).ner().equals(t.ner()) && toks.get(j).sent() == t.sent()) j++;
            int from = i, to = j;
            // "John C. Maxwell Jr.": a generational suffix belongs to the name.
            if (type == ActorType.PERSON && j < toks.size() && toks.get(j).sent() == t.sent()
                    && SUFFIX.contains(toks.get(j).word())) {
                to = ++j;
            }
            i = j;
            // "U Tin Oo", "Daw Khin Kyi": a run that opens with a personal honorific (Burmese U and Daw, Mr, Mrs, Ms) is a person
            // whatever NER made of it (mechanism: honorific-led names).
            if (type == ActorType.ORGANIZATION && to - from >= 2 && PERSONAL_HONORIFICS.contains(toks.get(from).word().replace(".", ""))
                    && allCapitalisedWords(span(doc, from + 1, to))) type = ActorType.PERSON;
            // Trim pronouns, honorifics, possessives and punctuation at the edges; "Sheikh" stays where it is part of the name.
            while (from < to && junk(toks.get(from), type) && !(type == ActorType.PERSON && sheikhInName(doc, from, to))) from++;
            // "Father Alec Reid": a priest's title before his name (mechanism: religious titles).
            while (type == ActorType.PERSON && to - from >= 2 && CLERICAL.contains(toks.get(from).word())) from++;
            // "Secretary of State Hillary Clinton": the office's department belongs to the title, not the name.
            if (type == ActorType.PERSON && officeOf(toks, from)) {
                while (from < to - 1 && DEPARTMENTS.contains(Words.lc(toks.get(from).word()))) from++;
            }
            // A title word ending a person's name is the surname ("Angus King", "Martin Luther King").
            while (to > from && junk(toks.get(to - 1), type) && !surnameLikeTitle(toks, from, to, type)) to--;
            if (from >= to) continue;
            // "said Chew Choon Seng": a first name the tagger left out of the name it tagged.
            if (type == ActorType.PERSON && leftOutFirstName(doc, from - 1)) from--;
            // "Sheikh Hasina": the tagger leaves "Sheikh" out, but here it is part of the name.
            if (type == ActorType.PERSON && from > 0 && toks.get(from - 1).sent() == toks.get(from).sent() && sheikhInName(doc, from - 1, to)) from--;
            StringBuilder name = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (k > from) name.append(toks.get(k - 1).end() < toks.get(k).start() ? " " : "");
                name.append(toks.get(k).word());
            }
            String n = name.toString().strip();
            if (!plausible(n, type)) continue;
            // A country the gazetteer knows is a place, whatever NER made of it ("U.S." as an organisation).
            if (type == ActorType.ORGANIZATION && NameKeys.canonicalPlace(n) != null) type = ActorType.LOCATION;
            int start = toks.get(from).start();
            // "Mr Trump": keep the honorific in the mention's span.
            if (type == ActorType.PERSON && from > 0 && NameKeys.isHonorific(toks.get(from - 1).word())
                    && toks.get(from - 1).sent() == toks.get(from).sent()) {
                start = toks.get(from - 1).start();
            }
            out.add(new Raw(type, from, to, start, toks.get(to - 1).end(), SPACES.matcher(n).replaceAll(" ")));
        }
        return out;
    }

    /**
     * "Mark Ross, Rita Moss and Will Dunn": in a list of people, two or three capitalised proper nouns the tagger
     * left untagged ("Will" read as a verb) after a person's full name and a comma or "and", or before a comma or
     * "and" and a person's full name (at the start of the sentence or after a comma or "and"), are a person too.
     * Titles, honorifics, organisation nouns and places are not; the run must end where the list goes on or ends.
     */
    static List<Raw> listMembers(Doc doc, List<Raw> raws) {
        List<Doc.Tok> toks = doc.toks;
        Map<Integer, Raw> personEnd = new LinkedHashMap<>(), personStart = new LinkedHashMap<>();
        Set<Integer> tagged = new java.util.HashSet<>();
        for (Raw r : raws) {
            for (int k = r.from; k < r.to; k++) tagged.add(k);
            if (r.type == ActorType.PERSON && r.to - r.from >= 2) { personEnd.put(r.to - 1, r); personStart.put(r.from, r); }
        }
        List<Raw> out = new ArrayList<>(raws);
        for (int i = 0; i < toks.size(); i++) {
            boolean sentenceStart = i == 0 || toks.get(i - 1).sent() != toks.get(i).sent();
            if (!sentenceStart && !listJoint(toks.get(i - 1))) continue;
            int j = i;
            while (j < toks.size() && j - i < 3 && listNameWord(toks.get(j)) && !tagged.contains(j) && toks.get(j).sent() == toks.get(i).sent()) j++;
            if (j - i < 2 || j < toks.size() && toks.get(j).sent() == toks.get(i).sent() && toks.get(j).pos().startsWith("NNP")) continue;
            boolean after = !sentenceStart && personEnd.containsKey(i - 2);
            boolean before = j + 1 < toks.size() && listJoint(toks.get(j)) && personStart.containsKey(j + 1);
            if (!after && !before) continue;
            out.add(new Raw(ActorType.PERSON, i, j, toks.get(i).start(), toks.get(j - 1).end(), span(doc, i, j)));
            for (int k = i; k < j; k++) tagged.add(k);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /**
     * "Park Hae-sung, an analyst at ...": two or three capitalised proper nouns the tagger left untagged (a
     * hyphenated given name joined: "Hae-sung") at the start of a sentence or after a comma, "and" or a speech verb,
     * followed by a comma and "a", "an" or "the" and a role noun within three words, are a person. Titles,
     * honorifics, organisation nouns and places are not (the words must pass the list-member test).
     */
    static List<Raw> appositiveNames(Doc doc, List<Raw> raws) {
        List<Doc.Tok> toks = doc.toks;
        Set<Integer> tagged = covered(raws);
        List<Raw> out = new ArrayList<>(raws);
        for (int i = 0; i < toks.size(); i++) {
            int sent = toks.get(i).sent();
            boolean sentenceStart = i == 0 || toks.get(i - 1).sent() != sent;
            if (!sentenceStart && !listJoint(toks.get(i - 1)) && !Words.isSpeechVerb(toks.get(i - 1).word())) continue;
            int j = i, words = 0;
            while (j < toks.size() && words < 3 && !tagged.contains(j) && toks.get(j).sent() == sent) {
                if (appositiveNameWord(toks.get(j)) || words > 0 && hyphenatedGiven(toks.get(j))) { j++; words++; }
                else if (words > 0 && hyphenJoin(toks, j)) j += 2;
                else break;
            }
            if (words < 2 || j + 2 >= toks.size() || !toks.get(j).word().equals(",") || toks.get(j + 1).sent() != sent) continue;
            if (!Set.of("a", "an", "the").contains(Words.lc(toks.get(j + 1).word()))) continue;
            boolean role = false;
            for (int k = j + 2; k < Math.min(toks.size(), j + 5) && toks.get(k).sent() == sent; k++) {
                if (Words.isRoleNoun(toks.get(k).word()) && !Words.capitalised(toks.get(k).word())) { role = true; break; }
                if (toks.get(k).word().equals(",")) break;
            }
            if (!role) continue;
            out.add(new Raw(ActorType.PERSON, i, j, toks.get(i).start(), toks.get(j - 1).end(), span(doc, i, j)));
            for (int k = i; k < j; k++) tagged.add(k);
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    /** A list-member word, or one the tagger read as a capitalised common noun ("Park/NN Hae/NN"). */
    private static boolean appositiveNameWord(Doc.Tok t) {
        if (t.pos().equals("NNP")) return listNameWord(t);
        return t.pos().equals("NN") && listNameWord(new Doc.Tok(t.index(), t.start(), t.end(), t.word(), "NNP", t.lemma(), t.ner(), t.sent()));
    }

    /** One untagged token written as a hyphenated given name ("Hae-jin"). */
    private static boolean hyphenatedGiven(Doc.Tok t) {
        return t.ner().equals("O") && t.pos().startsWith("NNP") && t.word().matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    }

    /** Tokens {@code j, j+1} are "-" and a lower-case word written without spaces after the word before ("Hae-sung"). */
    private static boolean hyphenJoin(List<Doc.Tok> toks, int j) {
        if (j + 1 >= toks.size() || !toks.get(j).word().equals("-")) return false;
        Doc.Tok h = toks.get(j), n = toks.get(j + 1);
        return toks.get(j - 1).end() == h.start() && h.end() == n.start() && n.sent() == h.sent()
                && n.word().chars().allMatch(Character::isLowerCase);
    }

    private static boolean listJoint(Doc.Tok t) {
        return t.word().equals(",") || Words.lc(t.word()).equals("and");
    }

    static boolean listNameWordOf(Doc.Tok t) { return listNameWord(t); }

    private static boolean listNameWord(Doc.Tok t) {
        String w = t.word();
        if (!t.ner().equals("O") || !t.pos().equals("NNP") || w.length() < 2 || !Words.capitalised(w)
                || w.chars().allMatch(Character::isUpperCase) || !w.chars().allMatch(Character::isLetter)) return false;
        String l = Words.lc(w);
        return !(Words.isRoleNoun(l) || NameKeys.isHonorific(l) || LABELS.contains(l) || Words.ORG_NOUNS.contains(l)
                || CORP_SUFFIX.contains(l) || DEPARTMENTS.contains(l) || NameKeys.canonicalPlace(w) != null || OneSense.titleGlue(w));
    }

    /** Departments an office is "of" ("Secretary of State", "Minister of Finance", "Head of State"). */
    private static final Set<String> DEPARTMENTS = Set.of("state", "defense", "defence", "energy", "commerce", "labor",
            "labour", "transportation", "transport", "homeland", "security", "treasury", "health", "education",
            "agriculture", "interior", "justice", "finance", "foreign", "affairs", "trade", "industry", "economy",
            "the", "and", "human", "services", "veterans", "housing", "urban", "development");

    /** The words before token {@code from} are an office and "of" ("Secretary of", "Minister of"). */
    private static boolean officeOf(List<Doc.Tok> toks, int from) {
        return from >= 2 && Words.lc(toks.get(from - 1).word()).equals("of") && Words.isRoleNoun(toks.get(from - 2).word())
                && toks.get(from - 2).sent() == toks.get(from).sent();
    }

    /** Words that end the name of a firm of analysts, brokers or advisers ("Hart Lane Securities", "Avalon Partners"). */
    private static final Set<String> FIRM_END = Set.of("securities", "capital", "partners", "associates", "advisers", "advisors",
            "investments", "management", "research", "markets", "consulting", "consultants", "economics", "analytics", "funds",
            "brothers", "bank", "institute", "university", "college", "foundation", "center", "centre");

    /** Legal forms that end an organisation's name ("Chrysler LLC"): what follows them is another name. */
    private static final Set<String> LEGAL_END = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "ag", "gmbh");

    /**
     * "chairman of Chrysler LLC Jim Press", tagged as one organisation: a company's name ends at its legal
     * form, and two or three capitalised words after it are a person's name.
     */
    private static List<Raw> splitAtLegalForm(Doc doc, List<Raw> raws) {
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            int cut = -1;
            if (r.type == ActorType.ORGANIZATION) {
                for (int k = r.from + 1; k < r.to - 2; k++) {
                    if (LEGAL_END.contains(Words.lc(doc.toks.get(k).word()))) { cut = k + 1; break; }
                }
            }
            int rest = r.to - cut;
            boolean name = cut > 0 && rest >= 2 && rest <= 3;
            for (int k = cut; name && k < r.to; k++) {
                String w = doc.toks.get(k).word();
                name = Words.capitalised(w) && !w.chars().allMatch(Character::isUpperCase) && !CORP_SUFFIX.contains(Words.lc(w))
                        && !Words.isRoleNoun(w);
            }
            if (!name) {
                Raw[] parts = personOfOrganisation(doc, r);
                if (parts == null) out.add(r);
                else out.addAll(List.of(parts));
                continue;
            }
            out.add(new Raw(ActorType.ORGANIZATION, r.from, cut, r.start, doc.toks.get(cut - 1).end(), span(doc, r.from, cut)));
            out.add(new Raw(ActorType.PERSON, cut, r.to, doc.toks.get(cut).start(), r.end, span(doc, cut, r.to)));
        }
        return out;
    }

    /**
     * "said Perrin Long of Lipper Analytical Securities Corp.", tagged as one organisation: after a speech
     * verb, two or three name words, "of", then a name ending in a legal form are a person and the company.
     */
    private static Raw[] personOfOrganisation(Doc doc, Raw r) {
        if (r.type != ActorType.ORGANIZATION || r.from == 0) return null;
        Doc.Tok before = doc.toks.get(r.from - 1);
        // "Another analyst, Grant Summers of Hart Lane Securities": also after a role noun in lower case (a comma may stand between).
        Doc.Tok role = before.word().equals(",") && r.from >= 2 ? doc.toks.get(r.from - 2) : before;
        boolean afterRole = Words.isRoleNoun(role.word()) && !Words.capitalised(role.word()) && role.sent() == doc.toks.get(r.from).sent();
        if (!Words.isSpeechVerb(before.word()) && !afterRole) return null;
        String last = Words.lc(doc.toks.get(r.to - 1).word());
        if (!LEGAL_END.contains(last) && !(afterRole && (FIRM_END.contains(last) || CORP_SUFFIX.contains(last) || Words.ORG_NOUNS.contains(last)))) return null;
        int of = -1;
        for (int k = r.from + 2; k <= Math.min(r.from + 3, r.to - 2); k++) {
            if (Words.lc(doc.toks.get(k).word()).equals("of")) { of = k; break; }
        }
        if (of < 0) return null;
        for (int k = r.from; k < of; k++) {
            String w = doc.toks.get(k).word();
            if (!Words.capitalised(w) || w.chars().allMatch(Character::isUpperCase) || Words.ORG_NOUNS.contains(Words.lc(w))
                    || CORP_SUFFIX.contains(Words.lc(w)) || Words.isRoleNoun(w) || !doc.toks.get(k).pos().startsWith("NNP")) return null;
        }
        return new Raw[]{
                new Raw(ActorType.PERSON, r.from, of, r.start, doc.toks.get(of - 1).end(), span(doc, r.from, of)),
                new Raw(ActorType.ORGANIZATION, of + 1, r.to, doc.toks.get(of + 1).start(), r.end, span(doc, of + 1, r.to))};
    }

    private static String span(Doc doc, int from, int to) {
        return SPACES.matcher(doc.text.substring(doc.toks.get(from).start(), doc.toks.get(to - 1).end())).replaceAll(" ");
    }

    /** The last token of a person mention of two or more words is a capitalised title word ("King", "Bishop"). */
    private static boolean surnameLikeTitle(List<Doc.Tok> toks, int from, int to, ActorType type) {
        String w = toks.get(to - 1).word();
        return type == ActorType.PERSON && to - from >= 2 && Words.capitalised(w) && !w.chars().allMatch(Character::isUpperCase)
                && w.chars().allMatch(Character::isLetter) && Words.isRoleNoun(w) && Words.capitalised(toks.get(to - 2).word())
                && !Words.isRoleNoun(toks.get(to - 2).word()) && !NameKeys.isHonorific(toks.get(to - 2).word());
    }

    /** Honorifics that only ever stand before a person's name (as written, without a full stop). */
    private static final Set<String> PERSONAL_HONORIFICS = Set.of("U", "Daw", "Mr", "Mrs", "Ms");
    /** Capitalised clerical titles before a priest's or nun's name ("Father Alec Reid", "Fr. Lombardi"). */
    private static final Set<String> CLERICAL = Set.of("Father", "Fr.", "Fr", "Monsignor", "Msgr.", "Msgr", "Reverend");
    private static final Set<String> NASAB = Set.of("bin", "ibn", "bint", "al", "el", "Al", "El", "Bin", "Ibn");

    /**
     * "Sheikh Hasina", "Sheikh Mujibur Rahman": in South Asian names Sheikh is part of the name, not a title (mechanism:
     * title-or-name). It is a title where the name is a Gulf ruler's ("Sheikh Hamad bin Jassim Al Thani"): the mention or
     * another mention of the same given name holds a nasab ("bin", "ibn") or a dynasty article ("Al", "al-").
     */
    static boolean sheikhInName(Doc doc, int from, int to) {
        List<Doc.Tok> toks = doc.toks;
        if (!toks.get(from).word().equals("Sheikh") || to - from < 2) return false;
        for (int k = from + 1; k < to; k++) {
            String w = toks.get(k).word();
            if (NASAB.contains(w) || ARABIC_ARTICLE.matcher(w).find()) return false;
        }
        String given = toks.get(from + 1).word();
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (!toks.get(k).word().equals(given)) continue;
            for (int n = k + 1; n < Math.min(toks.size(), k + 4) && toks.get(n).sent() == toks.get(k).sent(); n++) {
                String w = toks.get(n).word();
                if (NASAB.contains(w) || ARABIC_ARTICLE.matcher(w).find()) return false;
            }
        }
        return true;
    }

    private static boolean junk(Doc.Tok t, ActorType type) {
        String w = Words.lc(t.word());
        // "US" is a country, "us" a pronoun.
        boolean acronym = t.word().length() > 1 && t.word().chars().allMatch(Character::isUpperCase);
        if (!acronym && (Words.PRONOUNS.contains(w) || t.pos().startsWith("PRP") || t.pos().equals("WP"))) return true;
        if (type == ActorType.PERSON && (NameKeys.isHonorific(w) || Words.isRoleNoun(w))) return true;
        if (type == ActorType.PERSON && POSTNOMINAL.contains(t.word())) return true;
        if (t.pos().equals("POS") || w.equals("'s") || w.equals("’s")) return true;
        if (w.equals("the") || w.equals("a") || w.equals("an")) return true;
        return !t.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A name must contain a capitalised word (or be an acronym) and not be a bare title or pronoun. */
    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "EDT", "EST", "CDT", "CST", "PDT", "PST",
            "BST", "CET", "CEST", "JST", "AEST", "IST");

    private static boolean plausible(String n, ActorType type) {
        if (n.length() < 2) return false;
        boolean cap = false;
        for (String w : n.split(" ")) if (Words.capitalised(w) || Character.isDigit(w.charAt(0))) cap = true;
        if (!cap) return false;
        String l = Words.lc(n);
        // "14:28 UTC": a time zone is not an actor.
        if (TIME_ZONES.contains(n)) return false;
        boolean acronym = n.length() > 1 && n.chars().allMatch(Character::isUpperCase);
        return (acronym || !Words.PRONOUNS.contains(l)) && !Words.isRoleNoun(l) && !NameKeys.isHonorific(l);
    }

    private static ActorType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> ActorType.PERSON;
            case "ORGANIZATION" -> ActorType.ORGANIZATION;
            case "LOCATION" -> ActorType.LOCATION;
            default -> null;
        };
    }
}
