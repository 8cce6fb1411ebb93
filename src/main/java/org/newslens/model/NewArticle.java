package org.newslens.model;

import java.time.LocalDate;
import java.util.Objects;

/** An article parsed from a file, not yet stored. */
public record NewArticle(String title, String source, LocalDate published, String body) {
    public NewArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }

    public NewArticle withMetadata(String newTitle, String newSource, LocalDate newPublished) {
        return new NewArticle(newTitle != null ? newTitle : title, newSource != null ? newSource : source,
                newPublished != null ? newPublished : published, body);
    }
}
