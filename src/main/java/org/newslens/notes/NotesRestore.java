package org.newslens.notes;

import org.newslens.model.Note;
import org.newslens.model.Highlight;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.HighlightRepository;
import org.newslens.store.NoteRepository;
import org.newslens.store.Tx;

/**
 * Puts exported notes and highlights (read with {@code JsonExport.read}) into this library. Articles are
 * matched by content hash, else by title and published date. Highlights are re-anchored in the
 * library's body (stored orphaned if their text is gone); a highlight already present (same quote and
 * comment) is skipped. A different existing note is kept and the imported one appended to it.
 * Each article is restored in its own transaction.
 */
public final class NotesRestore {
    private final Database db;

    public NotesRestore(Database db) {
        this.db = db;
    }

    /** What a restore did; {@code unmatched} names the exported articles this library does not have. */
    public record Report(int articles, int notes, int highlights, int orphaned, List<String> unmatched) {
        public Report {
            unmatched = List.copyOf(unmatched);
        }
    }

    public Report restore(List<AnnotatedArticle> exported) {
        int articles = 0;
        int notes = 0;
        int highlights = 0;
        int orphaned = 0;
        List<String> unmatched = new ArrayList<>();
        for (AnnotatedArticle a : exported) {
            int[] counts = db.inWrite(tx -> {
                OptionalLong target = match(tx, a);
                if (target.isEmpty()) {
                    return null;
                }
                return restoreInto(tx, target.getAsLong(), a);
            });
            if (counts == null) {
                unmatched.add(a.title() + (a.published() == null ? "" : " (" + a.published() + ")"));
                continue;
            }
            articles++;
            notes += counts[0];
            highlights += counts[1];
            orphaned += counts[2];
        }
        return new Report(articles, notes, highlights, orphaned, unmatched);
    }

    private static int[] restoreInto(Tx tx, long id, AnnotatedArticle a) {
        int notes = 0;
        if (a.note() != null && !a.note().body().isBlank()) {
            String mine = NoteRepository.find(tx, id).map(Note::body).orElse("");
            String theirs = a.note().body();
            if (!mine.contains(theirs.strip())) {
                String body = mine.isBlank() ? theirs : mine.stripTrailing() + "\n\n" + theirs.strip();
                NoteStore.save(tx, id, body, a.note().updatedAt());
                notes = 1;
            }
        }
        String body = ArticleStore.body(tx, id);
        List<Highlight> existing = HighlightRepository.forArticle(tx, id);
        int restored = 0;
        int orphaned = 0;
        for (AnnotatedHighlight ah : a.highlights()) {
            Highlight h = ah.highlight();
            boolean present = existing.stream().anyMatch(e -> e.quote().equals(h.quote()) && e.comment().equals(h.comment()));
            if (present) {
                continue;
            }
            Highlight stored = HighlightStore.restore(tx, id, body, h);
            restored++;
            orphaned += stored.orphaned() ? 1 : 0;
        }
        return new int[] {notes, restored, orphaned};
    }

    private static OptionalLong match(Tx tx, AnnotatedArticle a) {
        if (a.contentHash() != null) {
            OptionalLong byHash = ArticleStore.findByHash(tx, a.contentHash());
            if (byHash.isPresent()) {
                return byHash;
            }
        }
        return ArticleStore.findOnlyByTitle(tx, a.title(), a.published());
    }
}
