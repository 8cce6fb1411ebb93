package org.newslens.notes;

import java.util.ArrayList;
import java.util.List;
import org.newslens.model.Highlight;
import org.newslens.model.Note;
import org.newslens.store.Database;
import org.newslens.store.OrphanNotes;

/**
 * Notes and highlights kept when their article was removed: listed with the former article's title
 * and date, deleted for good, or exported in the formats of the other notes. They come back on
 * their own if the same text is imported again ({@link OrphanNotes}).
 */
public final class OrphanedNotes {
    /** What an export of them says it holds. */
    public static final String SCOPE = "orphaned notes (their articles were removed)";

    private final OrphanNotes store;

    public OrphanedNotes(Database db) {
        this.store = new OrphanNotes(db);
    }

    /** Every removed article's kept notes, the most recently removed first. */
    public List<OrphanNotes.Kept> list() {
        return store.list();
    }

    /** Deletes one removed article's kept notes; false when they were already gone. */
    public boolean delete(String hash) {
        return store.delete(hash);
    }

    /**
     * As annotated articles, for the exporters: article id 0 (it is no longer in the library), the
     * content hash (by which a JSON export restores them once the text is imported again), the
     * highlights marked orphaned (their place in the text is gone with it).
     */
    public static List<AnnotatedArticle> annotated(List<OrphanNotes.Kept> kept) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (OrphanNotes.Kept k : kept) {
            Note note = k.note() == null ? null : new Note(0, k.note().body(), k.note().updatedAt());
            List<AnnotatedArticle.AnnotatedHighlight> hs = new ArrayList<>();
            for (OrphanNotes.KeptHighlight h : k.highlights()) {
                hs.add(new AnnotatedArticle.AnnotatedHighlight(new Highlight(0, 0, 0, 0, h.quote(), "", "", h.comment(), h.tags(),
                        h.createdAt(), h.updatedAt(), true), List.of(), List.of()));
            }
            out.add(new AnnotatedArticle(0, k.hash(), k.title(), k.source(), k.published(), List.of(), note, hs));
        }
        return List.copyOf(out);
    }
}
