package org.newslens.model;

import java.time.Instant;
import java.time.LocalDate;

/** What the article list needs: no body. */
public record ArticleSummary(long id, String title, String source, LocalDate published, Instant importedAt) {
}
