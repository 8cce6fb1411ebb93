package org.newslens.ui.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.model.Highlight;

/**
 * One line of the notes window: an article's note, or one of its highlights (quote, comment, tags,
 * the people inside it), with its article and the time it was last changed.
 */
public record AnnotationEntry(Kind kind, long articleId, String title, String source, LocalDate published, String text,
                              String comment, List<String> tags, List<String> people, int start, int end, Instant time,
                              boolean orphaned) {
    public enum Kind { NOTE, HIGHLIGHT }

    public AnnotationEntry {
        tags = List.copyOf(tags);
        people = List.copyOf(people);
    }

    /** Every note and highlight of these articles, the most recently changed first. */
    public static List<AnnotationEntry> of(List<AnnotatedArticle> articles) {
        List<AnnotationEntry> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            if (a.note() != null) {
                out.add(new AnnotationEntry(Kind.NOTE, a.id(), a.title(), a.source(), a.published(), a.note().body(), "",
                        List.of(), List.of(), -1, -1, a.note().updatedAt(), false));
            }
            for (AnnotatedArticle.AnnotatedHighlight ah : a.highlights()) {
                Highlight h = ah.highlight();
                out.add(new AnnotationEntry(Kind.HIGHLIGHT, a.id(), a.title(), a.source(), a.published(), h.quote(), h.comment(),
                        h.tags(), ah.actors(), h.start(), h.end(), h.updatedAt(), h.orphaned()));
            }
        }
        out.sort(Comparator.comparing(AnnotationEntry::time).reversed());
        return List.copyOf(out);
    }
}
