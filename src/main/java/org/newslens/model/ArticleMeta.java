package org.newslens.model;

import java.util.List;

/**
 * What a web page (or a file's front matter) says about an article beyond its title, source and date.
 *
 * @param url      the article's canonical address, or null
 * @param site     site or publisher name, or null
 * @param authors  author names, possibly empty
 * @param language BCP 47 language tag, or null
 */
public record ArticleMeta(String url, String site, List<String> authors, String language) {
    public static final ArticleMeta NONE = new ArticleMeta(null, null, List.of(), null);

    public ArticleMeta {
        url = blankToNull(url);
        site = blankToNull(site);
        language = blankToNull(language);
        authors = authors == null ? List.of()
                : authors.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
    }

    public boolean isEmpty() {
        return url == null && site == null && authors.isEmpty() && language == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
