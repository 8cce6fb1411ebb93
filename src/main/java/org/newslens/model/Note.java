package org.newslens.model;

import java.time.Instant;
import java.util.Objects;

/** The user's free-form Markdown note on one article. */
public record Note(long articleId, String body, Instant updatedAt) {
    public Note {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
