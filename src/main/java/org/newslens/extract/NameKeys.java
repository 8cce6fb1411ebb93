package org.newslens.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name-folding key for cross-article identity: case, diacritics, honorifics, possessives and the
 * common transliteration variants of Slavic name endings (Zelensky / Zelenskyy / Zelenskiy /
 * Zelenskii) fold to one key. Only variants that are near-certain spellings of the same name fold.
 * A place's usual short forms fold to one key by the gazetteer {@code places.txt} ("US", "U.S.",
 * "United States", "America"); an organisation's legal form is dropped ("Apple Inc." is "Apple").
 */
public final class NameKeys {
    /**
     * Honorifics written before a name (lower case, without the dot): kept in a mention's span ("Mr
     * Trump") but never a name on their own, and dropped from keys. The one list for the whole engine.
     */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
            // Burmese honorifics ("U Tin Oo", "Daw Aung San Suu Kyi").
            "u", "daw");
    /**
     * Titles that are not honorifics but are dropped from a person's key too, because a name is often
     * written with them ("President Obama" is Obama; "Gen. Petraeus" is Petraeus). Not a role noun
     * list: a role like "chief" stays in a key.
     */
    private static final Set<String> KEY_TITLES = Set.of("president", "gen", "sen", "rep", "gov");

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_TITLES = Pattern.compile(
            "^(?:(?:" + String.join("|", sorted(HONORIFICS, KEY_TITLES)) + ")\\.?\\s+)+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Word-final -skyy/-skiy/-skii/-skij/-ski (Slavic transliterations) fold to -sky; same for -tsky etc. */
    private static final Pattern SLAVIC_END = Pattern.compile("(?<=[a-z]{2})(?:yy|iy|ij|yj)\\b|(?<=[a-z](?:sk|ck|zk|tr|ur))ii\\b");
    private static final Pattern SKI_END = Pattern.compile("(?<=[a-z]{2}sk)i\\b");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    /** Legal-form suffixes that name the same company with or without them ("Apple Inc." and "Apple"). */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:\\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|plc|llc|lp|ag|se|sa|nv|bv|gmbh|spa|pty))+$");
    /**
     * Words after a company's name that make a group name of it ("Chrysler Group", "Bramwell Holdings"):
     * unlike a legal form they can name a different entity, so they fold only where the library makes it
     * safe (see {@code store.ActorStore}).
     */
    private static final Pattern GROUP_WORD = Pattern.compile("\\s+(?:group|holdings|holding|company)$");

    private NameKeys() {}

    /** "Mr", "mrs.", "Dr." are honorifics; "President" is not. */
    static boolean isHonorific(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return HONORIFICS.contains(w);
    }

    /**
     * The key of a name of the given type: for an organisation, the legal form at its end is dropped,
     * so "Apple Inc." and "Apple" are one organisation across the library (a name that is only a legal
     * form keeps it); a place the gazetteer knows takes its canonical key ("U.S." is "united states").
     */
    public static String key(String name, ActorType type) {
        String k = key(name);
        if (type == ActorType.ORGANIZATION) {
            String bare = LEGAL_FORM.matcher(k).replaceAll("");
            if (!bare.isBlank()) {
                return bare;
            }
        } else if (type == ActorType.LOCATION) {
            String place = Gazetteer.PLACES.get(LEADING_THE.matcher(k).replaceFirst(""));
            if (place != null) {
                return place;
            }
        }
        return k;
    }

    /** The gazetteer's canonical name of a place ("UK" is "United Kingdom"), or null when it does not know it. */
    public static String canonicalPlace(String name) {
        String k = Gazetteer.PLACES.get(LEADING_THE.matcher(key(name)).replaceFirst(""));
        return k == null ? null : Gazetteer.NAMES.get(k);
    }

    /** An organisation key without its group word ("chrysler group" is "chrysler"), or null when it has none. */
    public static String withoutGroupWord(String orgKey) {
        String bare = GROUP_WORD.matcher(orgKey).replaceFirst("");
        return bare.equals(orgKey) || bare.isBlank() ? null : bare;
    }

    /** The folding key of a name; "" for null or a name without letters or digits. */
    public static String key(String name) {
        if (name == null) return "";
        String s = name.strip()
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = COMBINING.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = LEADING_TITLES.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        s = SLAVIC_END.matcher(s).replaceAll("y");
        s = SKI_END.matcher(s).replaceAll("y");
        return s;
    }

    private static String[] sorted(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().toArray(String[]::new);
    }

    /** The place gazetteer, loaded once from {@code places.txt} next to this class. */
    private static final class Gazetteer {
        /** Key of every form -> key of the canonical name. */
        static final Map<String, String> PLACES = new HashMap<>();
        /** Key of the canonical name -> the canonical name. */
        static final Map<String, String> NAMES = new HashMap<>();

        static {
            for (String[] forms : RuleTable.rows("places.txt")) {
                String canonical = forms[0];
                String ck = key(canonical);
                NAMES.put(ck, canonical);
                for (String f : forms) {
                    String fk = LEADING_THE.matcher(key(f)).replaceFirst("");
                    String before = PLACES.putIfAbsent(fk, ck);
                    if (before != null && !before.equals(ck)) {
                        throw new IllegalStateException("places.txt: '" + f + "' names two places");
                    }
                }
            }
        }
    }
}
