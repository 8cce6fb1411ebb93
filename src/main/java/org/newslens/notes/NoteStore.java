package org.newslens.notes;

import org.newslens.model.Note;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.NoteRepository;
import org.newslens.store.Tx;

/** One free-form Markdown note per article: saved (upsert), found, deleted when blank (the SQL: {@link NoteRepository}). */
public final class NoteStore {
    private final Database db;
    private final Clock clock;

    public NoteStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public NoteStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Saves {@code body} as the note of {@code articleId}, replacing any previous one; a blank body deletes
     * the note. Returns the saved note, or empty when deleted. Throws IllegalArgumentException when there
     * is no such article.
     */
    public Optional<Note> save(long articleId, String body) {
        Instant now = clock.instant();
        return db.inWrite(tx -> save(tx, articleId, body, now));
    }

    /** Appends {@code text} to the article's note as a new paragraph (creating the note if needed). */
    public Note append(long articleId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the note text is empty");
        }
        Instant now = clock.instant();
        return db.inWrite(tx -> {
            String old = NoteRepository.find(tx, articleId).map(Note::body).orElse("");
            String body = old.isBlank() ? text.strip() : old.stripTrailing() + "\n\n" + text.strip();
            return save(tx, articleId, body, now).orElseThrow();
        });
    }

    public Optional<Note> find(long articleId) {
        return db.inRead(tx -> NoteRepository.find(tx, articleId));
    }

    public void delete(long articleId) {
        db.inWrite(tx -> {
            NoteRepository.delete(tx, articleId);
            return null;
        });
    }

    /** Saves on a transaction: a blank body deletes the note. */
    static Optional<Note> save(Tx tx, long articleId, String body, Instant now) {
        if (body == null || body.isBlank()) {
            NoteRepository.delete(tx, articleId);
            return Optional.empty();
        }
        ArticleStore.requireArticle(tx, articleId);
        return Optional.of(NoteRepository.upsert(tx, articleId, body, now));
    }
}
