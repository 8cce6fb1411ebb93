package org.newslens.notes.export;

import java.text.Normalizer;
import java.util.Locale;
import org.newslens.notes.AnnotatedArticle;

/** Stable file names for exported articles: {@code <published>-<slug>-<id>.md}. */
public final class FileNames {
    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    public static String article(AnnotatedArticle a, String extension) {
        return (a.published() == null ? "undated" : a.published().toString()) + "-" + slug(a.title()) + "-" + a.id() + "." + extension;
    }

    /** Lower-case ASCII words joined by '-', at most 60 characters; "article" when nothing is left. */
    public static String slug(String title) {
        String s = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG);
            int cut = s.lastIndexOf('-');
            if (cut > MAX_SLUG / 2) {
                s = s.substring(0, cut);
            }
            s = s.replaceAll("-+$", "");
        }
        return s.isEmpty() ? "article" : s;
    }
}
