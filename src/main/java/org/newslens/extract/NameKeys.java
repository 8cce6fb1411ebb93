package org.newslens.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name-folding key for cross-article identity: case, diacritics, honorifics, possessives and the
 * common transliteration variants of Slavic name endings (Zelensky / Zelenskyy / Zelenskiy /
 * Zelenskii) fold to one key. Only variants that are near-certain spellings of the same name fold.
 */
public final class NameKeys {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|president|gen|sen|rep|gov)\\.?\\s+)+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Word-final -skyy/-skiy/-skii/-skij/-ski (Slavic transliterations) fold to -sky; same for -tsky etc. */
    private static final Pattern SLAVIC_END = Pattern.compile("(?<=[a-z]{2})(?:yy|iy|ij|yj)\\b|(?<=[a-z](?:sk|ck|zk|tr|ur))ii\\b");
    private static final Pattern SKI_END = Pattern.compile("(?<=[a-z]{2}sk)i\\b");

    private NameKeys() {}

    /** Legal-form suffixes that name the same company with or without them ("Apple Inc." and "Apple"). */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:\\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|plc|llc|lp|ag|se|sa|nv|bv|gmbh|spa|pty))+$");

    /**
     * The key of a name of the given type: for an organisation, the legal form at its end is dropped,
     * so "Apple Inc." and "Apple" are one organisation across the library; a name that is only a legal
     * form keeps it.
     */
    public static String key(String name, ActorType type) {
        String k = key(name);
        if (type == ActorType.ORGANIZATION) {
            String bare = LEGAL_FORM.matcher(k).replaceAll("");
            if (!bare.isBlank()) {
                return bare;
            }
        }
        return k;
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
        s = HONORIFIC.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        s = SLAVIC_END.matcher(s).replaceAll("y");
        s = SKI_END.matcher(s).replaceAll("y");
        return s;
    }
}
