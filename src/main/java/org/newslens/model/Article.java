package org.newslens.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An article as stored in the library. {@code published} is null when unknown. */
public record Article(long id, String title, String source, LocalDate published, boolean publishedInferred,
                      Instant importedAt, String body, String contentHash, String extractorVersion) {
    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, title, source, published, importedAt);
    }
}
