package org.newslens.ui.articles;

import java.time.LocalDate;
import org.newslens.dates.ReadableDates;

/** How dates read in the list and the reader. */
public final class ArticleFormat {
    public static final String UNDATED = ReadableDates.UNDATED;

    private static final int SHORT_SOURCE_MAX = 48;

    private ArticleFormat() {
    }

    /**
     * A source short enough for a list line or a byline: a web address becomes its host
     * ("en.wikinews.org"), anything in trailing parentheses is dropped, and long names are cut.
     */
    public static String shortSource(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String s = source.strip();
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("^https?://(?:www\\.)?([^/\\s?#]+)").matcher(s);
        if (url.find()) {
            return url.group(1);
        }
        // A file imported from disk: its name says more than a long folder path.
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("^(?:/|[A-Za-z]:\\\\|~/)(?:.*[/\\\\])?([^/\\\\]+)$").matcher(s);
        if (path.find()) {
            s = path.group(1);
        }
        int paren = s.indexOf(" (");
        if (paren > 0) {
            s = s.substring(0, paren).strip();
        }
        return s.length() <= SHORT_SOURCE_MAX ? s : s.substring(0, SHORT_SOURCE_MAX - 1).strip() + "…";
    }

    /** The source as a web address to open, when it is one: an absolute http or https URL with a host. */
    public static java.util.Optional<String> webAddress(String source) {
        if (source == null || source.isBlank()) {
            return java.util.Optional.empty();
        }
        String s = source.strip();
        int space = s.indexOf(' ');
        String candidate = space < 0 ? s : s.substring(0, space);
        int colon = candidate.indexOf(':');
        try {
            // The three-part constructor quotes what a bare address may hold unquoted (accents, spaces in titles).
            java.net.URI uri = colon < 0 ? new java.net.URI(candidate)
                    : new java.net.URI(candidate.substring(0, colon), candidate.substring(colon + 1), null);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? java.util.Optional.of(uri.toString()) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /** "1 article", "12 articles". */
    public static String count(Number n) {
        return n.intValue() == 1 ? "1 article" : String.format("%,d articles", n.intValue());
    }

    /** For the list: "Apr 22, 2025" (the one date style, {@link ReadableDates#day}), or "Undated". */
    public static String shortDate(LocalDate date) {
        return ReadableDates.day(date);
    }

    /** For the reader: the same style as everywhere else. */
    public static String longDate(LocalDate date) {
        return ReadableDates.day(date);
    }
}
