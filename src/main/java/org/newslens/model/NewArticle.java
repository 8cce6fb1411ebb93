package org.newslens.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article parsed from a file or a page, not yet stored.
 *
 * @param meta      url, site, authors, language ({@link ArticleMeta#NONE} when unknown)
 * @param structure the cleaned structure whose plain text is {@code body}, or null (a plain text file)
 */
public record NewArticle(String title, String source, LocalDate published, String body, ArticleMeta meta,
                         ArticleStructure structure) {
    public NewArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        meta = meta == null ? ArticleMeta.NONE : meta;
        if (structure != null && !structure.plainText().equals(body)) {
            throw new IllegalArgumentException("the body must be the structure's plain text");
        }
    }

    /** A plain-text article: no metadata beyond title, source and date, no structure. */
    public NewArticle(String title, String source, LocalDate published, String body) {
        this(title, source, published, body, ArticleMeta.NONE, null);
    }

    public NewArticle withMetadata(String newTitle, String newSource, LocalDate newPublished) {
        return new NewArticle(newTitle != null ? newTitle : title, newSource != null ? newSource : source,
                newPublished != null ? newPublished : published, body, meta, structure);
    }
}
