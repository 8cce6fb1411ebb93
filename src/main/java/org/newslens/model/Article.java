package org.newslens.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as stored in the library. {@code published} is null when unknown; {@code structure} is
 * null for plain-text articles and for articles stored before structures were kept (the reader then
 * splits the body into paragraphs).
 */
public record Article(long id, String title, String source, LocalDate published, boolean publishedInferred,
                      Instant importedAt, String body, String contentHash, String extractorVersion,
                      ArticleMeta meta, ArticleStructure structure) {
    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        meta = meta == null ? ArticleMeta.NONE : meta;
    }

    public Article(long id, String title, String source, LocalDate published, boolean publishedInferred,
                   Instant importedAt, String body, String contentHash, String extractorVersion) {
        this(id, title, source, published, publishedInferred, importedAt, body, contentHash, extractorVersion,
                ArticleMeta.NONE, null);
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, title, source, published, importedAt);
    }
}
