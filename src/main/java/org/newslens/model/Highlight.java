package org.newslens.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A highlighted span of an article's body with the user's comment and tags. {@code start}/{@code end}
 * are UTF-16 offsets into the body; {@code quote}, {@code prefix} and {@code suffix} anchor it so that it
 * can be found again in a changed body (see {@code notes.AnchorFinder}). {@code orphaned} when it could not be.
 */
public record Highlight(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
                        String comment, List<String> tags, Instant createdAt, Instant updatedAt, boolean orphaned) {
    public Highlight {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        comment = comment == null ? "" : comment;
        tags = List.copyOf(tags);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Anchor anchor() {
        return new Anchor(start, end, quote, prefix, suffix);
    }
}
