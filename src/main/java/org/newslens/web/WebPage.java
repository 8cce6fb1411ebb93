package org.newslens.web;

import org.newslens.model.ArticleStructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The article found in a web page: its metadata and its cleaned structure. Never the raw page.
 *
 * @param title     headline (JSON-LD, og:title, &lt;h1&gt; or &lt;title&gt;), never null
 * @param authors   author names, possibly empty
 * @param site      site or publisher name, or null
 * @param url       canonical URL (link rel=canonical, og:url, JSON-LD url, else the page's own), or null
 * @param language  BCP 47 tag from &lt;html lang&gt; or metadata, or null
 * @param published publication day from metadata, or null
 * @param structure the article body
 */
public record WebPage(String title, List<String> authors, String site, String url, String language,
                      LocalDate published, ArticleStructure structure) {
    public WebPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(structure, "structure");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The plain text as stored; extraction offsets index it. */
    public String text() {
        return structure.plainText();
    }
}
