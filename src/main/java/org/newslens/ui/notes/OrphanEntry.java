package org.newslens.ui.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.newslens.store.OrphanNotes;

/**
 * One line of the notes window's Orphaned scope: a removed article's kept notes, with its former title,
 * source and published day, when it was removed, its note ({@code note} null when none) and highlights.
 */
public record OrphanEntry(String hash, String title, String source, LocalDate published, Instant removedAt, String note,
                          List<Highlight> highlights) {
    /** A kept highlight: the passage, its comment and tags. */
    public record Highlight(String quote, String comment, List<String> tags) {
        public Highlight {
            tags = List.copyOf(tags);
        }
    }

    public OrphanEntry {
        highlights = List.copyOf(highlights);
    }

    public boolean hasNote() {
        return note != null;
    }

    static OrphanEntry of(OrphanNotes.Kept k) {
        return new OrphanEntry(k.hash(), k.title(), k.source(), k.published(), k.removedAt(), k.hasNote() ? k.note().body() : null,
                k.highlights().stream().map(h -> new Highlight(h.quote(), h.comment(), h.tags())).toList());
    }
}
