package org.newslens.notes;

import org.newslens.model.Note;
import org.newslens.model.Highlight;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article with the user's note and highlights, as listed and exported. {@code actors} are the
 * article's (visible) actors by salience; {@code note} is null when there is none.
 */
public record AnnotatedArticle(long id, String contentHash, String title, String source, LocalDate published,
                               List<String> actors, Note note, List<AnnotatedHighlight> highlights) {
    public AnnotatedArticle {
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        actors = List.copyOf(actors);
        highlights = List.copyOf(highlights);
    }

    /** A highlight with what lies inside its span: the actors mentioned and the dates. */
    public record AnnotatedHighlight(Highlight highlight, List<String> actors, List<DateRef> dates) {
        public AnnotatedHighlight {
            Objects.requireNonNull(highlight, "highlight");
            actors = List.copyOf(actors);
            dates = List.copyOf(dates);
        }
    }

    /** A date expression as written, its TIMEX value and its calendar day when it names one (else null). */
    public record DateRef(String text, String value, String day) {
    }
}
