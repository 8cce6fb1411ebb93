package org.newslens.ui.notes;

import java.util.List;
import org.newslens.model.ArticleStructure;
import org.newslens.ui.reader.Paragraphs;

/**
 * An article body as the reader shows it (its {@link Paragraphs}), and for every shown character its
 * offset in the body, where highlights are anchored.
 */
public record BodyText(long articleId, String body, List<Paragraphs.Piece> pieces) {
    public BodyText {
        pieces = List.copyOf(pieces);
    }

    public static BodyText of(long articleId, String body) {
        return of(articleId, body, null);
    }

    /** The body as the reader draws it: by its structure's blocks when it has one. */
    public static BodyText of(long articleId, String body, ArticleStructure structure) {
        return new BodyText(articleId, body == null ? "" : body, Paragraphs.pieces(body, structure));
    }
}
