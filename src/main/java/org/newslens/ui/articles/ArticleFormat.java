package org.newslens.ui.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How dates read in the list and the reader. */
public final class ArticleFormat {
    public static final String UNDATED = "Undated";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private ArticleFormat() {
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
