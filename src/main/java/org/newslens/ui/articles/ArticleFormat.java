package org.newslens.ui.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How dates read in the list and the reader. */
public final class ArticleFormat {
    public static final String UNDATED = "Undated";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

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

    /** "1 article", "12 articles". */
    public static String count(Number n) {
        return n.intValue() == 1 ? "1 article" : String.format("%,d articles", n.intValue());
    }

    /** For the list: "Apr 22, 2025" (in the user's locale), or "Undated". */
    public static String shortDate(LocalDate date) {
        return date == null ? UNDATED : SHORT.format(date);
    }

    /** For the reader: "April 22, 2025" (in the user's locale), or "Undated". */
    public static String longDate(LocalDate date) {
        return date == null ? UNDATED : LONG.format(date);
    }
}
