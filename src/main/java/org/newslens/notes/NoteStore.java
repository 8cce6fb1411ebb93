package org.newslens.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newslens.store.Database;

/** One free-form Markdown note per article: saved (upsert), found, deleted when blank. */
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
        return db.write(c -> save(c, articleId, body, now));
    }

    /** Appends {@code text} to the article's note as a new paragraph (creating the note if needed). */
    public Note append(long articleId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the note text is empty");
        }
        Instant now = clock.instant();
        return db.write(c -> {
            String old = find(c, articleId).map(Note::body).orElse("");
            String body = old.isBlank() ? text.strip() : old.stripTrailing() + "\n\n" + text.strip();
            return save(c, articleId, body, now).orElseThrow();
        });
    }

    public Optional<Note> find(long articleId) {
        return db.read(c -> find(c, articleId));
    }

    public void delete(long articleId) {
        db.write(c -> {
            delete(c, articleId);
            return null;
        });
    }

    static Optional<Note> save(Connection c, long articleId, String body, Instant now) throws SQLException {
        if (body == null || body.isBlank()) {
            delete(c, articleId);
            return Optional.empty();
        }
        requireArticle(c, articleId);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO note(article_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""")) {
            ps.setLong(1, articleId);
            ps.setString(2, body);
            ps.setString(3, now.toString());
            ps.executeUpdate();
        }
        return Optional.of(new Note(articleId, body, now));
    }

    static Optional<Note> find(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body, updated_at FROM note WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Note(articleId, rs.getString(1), Instant.parse(rs.getString(2)))) : Optional.empty();
            }
        }
    }

    private static void delete(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Throws IllegalArgumentException unless the article exists. */
    static void requireArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no article with id " + articleId);
                }
            }
        }
    }
}
