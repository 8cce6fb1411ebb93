package org.newslens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The grammatical gender of a person, as an article shows it: an honorific ("Mr", "Mrs", "Ms", "Miss"), a kinship
 * noun introducing the name ("his wife, Margaret Kell", "her son, Kevin"), a common first name (CoreNLP's lists of
 * the most frequent US first names), or a he/she pronoun after a surname in its sentence ("Hollis said he ...").
 * Used to tell apart people who share a surname and to keep "he"/"she" off a person of the other gender.
 * {@link #MALE}, {@link #FEMALE} or {@link #UNKNOWN}.
 */
final class Gender {
    static final char MALE = 'M', FEMALE = 'F', UNKNOWN = 0;

    private Gender() {}

    private static final Set<String> MALE_HONORIFIC = Set.of("mr", "sir", "lord", "messrs");
    private static final Set<String> FEMALE_HONORIFIC = Set.of("mrs", "ms", "miss", "lady", "dame", "madam", "mme", "mlle");
    private static final Set<String> MALE_KIN = Set.of("husband", "father", "son", "brother", "widower", "grandfather", "grandson",
            "uncle", "nephew", "boyfriend", "stepfather", "stepson", "dad", "fiance");
    private static final Set<String> FEMALE_KIN = Set.of("wife", "mother", "daughter", "sister", "widow", "grandmother",
            "granddaughter", "aunt", "niece", "girlfriend", "stepmother", "stepdaughter", "mom", "mum", "fiancee");
    /** Kinship nouns of the younger generation: the person so introduced is a child of another one named. */
    private static final Set<String> CHILD_KIN = Set.of("son", "daughter", "grandson", "granddaughter", "stepson", "stepdaughter");
    private static final Set<String> MALE_FIRST = names("edu/stanford/nlp/models/gender/male_first_names.txt");
    private static final Set<String> FEMALE_FIRST = names("edu/stanford/nlp/models/gender/female_first_names.txt");

    private static Set<String> names(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = Gender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) return out;   // the CoreNLP models jar is absent: no first-name evidence
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) if (!l.isBlank()) out.add(l.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** "Mrs." -> FEMALE, "Mr" -> MALE; other words UNKNOWN. */
    static char ofHonorific(String word) {
        String w = bare(word);
        return MALE_HONORIFIC.contains(w) ? MALE : FEMALE_HONORIFIC.contains(w) ? FEMALE : UNKNOWN;
    }

    /** "wife" -> FEMALE, "son" -> MALE (singular kinship nouns); other words UNKNOWN. */
    static char ofKinship(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE_KIN.contains(w) ? MALE : FEMALE_KIN.contains(w) ? FEMALE : UNKNOWN;
    }

    static boolean childKinship(String word) {
        return CHILD_KIN.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A common first name that is only a man's or only a woman's ("John", "Margaret"); others UNKNOWN. */
    static char ofFirstName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean m = MALE_FIRST.contains(w), f = FEMALE_FIRST.contains(w);
        return m == f ? UNKNOWN : m ? MALE : FEMALE;
    }

    /** "he"/"his"/"him" -> MALE, "she"/"her" -> FEMALE. */
    static char ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "his", "him", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** Combines two pieces of evidence: agreeing or one-sided evidence stands; a conflict is UNKNOWN. */
    static char join(char a, char b) {
        if (a == UNKNOWN) return b;
        if (b == UNKNOWN || a == b) return a;
        return UNKNOWN;
    }

    /** The kinship noun that introduces the name at token {@code from} ("his wife, X", "The couple's son X"), or null. */
    static String kinshipBefore(List<Doc.Tok> toks, int from) {
        String w = ActorResolver.kinNounBefore(toks, from);
        return w != null && ofKinship(w) != UNKNOWN ? w : null;
    }

    /**
     * The gender a one-word mention of a person at tokens [from, to) shows by itself: its honorific, else the first
     * he/she pronoun after it in its sentence, before any other proper noun or quotation mark ("Hollis, 52, said he").
     */
    static char ofMention(List<Doc.Tok> toks, int from, int to) {
        if (from > 0 && toks.get(from - 1).sent() == toks.get(from).sent()) {
            char h = ofHonorific(toks.get(from - 1).word());
            if (h != UNKNOWN) return h;
        }
        int sent = toks.get(from).sent();
        for (int k = to; k < toks.size() && toks.get(k).sent() == sent; k++) {
            Doc.Tok t = toks.get(k);
            if (t.word().equals("\"") || t.word().equals("``") || t.word().equals("''") || t.word().equals("“")) return UNKNOWN;
            if (t.pos().startsWith("NNP")) return UNKNOWN;
            char p = ofPronoun(t.word());
            if (p != UNKNOWN) return p;
        }
        return UNKNOWN;
    }
}
