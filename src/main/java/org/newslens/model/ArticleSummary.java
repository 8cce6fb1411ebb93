package org.newslens.model;

import java.time.Instant;
import java.time.LocalDate;

/** What the article list needs: no body. {@code read} and {@code starred} are the reading state. */
public record ArticleSummary(long id, String title, String source, LocalDate published, Instant importedAt,
                             boolean read, boolean starred) {
    /** Unread and not starred (a new article). */
    public ArticleSummary(long id, String title, String source, LocalDate published, Instant importedAt) {
        this(id, title, source, published, importedAt, false, false);
    }

    public ArticleSummary withRead(boolean nowRead) {
        return new ArticleSummary(id, title, source, published, importedAt, nowRead, starred);
    }

    public ArticleSummary withStarred(boolean nowStarred) {
        return new ArticleSummary(id, title, source, published, importedAt, read, nowStarred);
    }
}
