package org.newslens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.newslens.model.Note;

/** The {@code note} table: one Markdown note per article. The rules (blank deletes, append) are {@code notes.NoteStore}'s. */
public final class NoteRepository {
    private NoteRepository() {
    }

    public static Optional<Note> find(Tx tx, long articleId) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body, updated_at FROM note WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Note(articleId, rs.getString(1), Instant.parse(rs.getString(2)))) : Optional.empty();
                }
            }
        });
    }

    /** Inserts or replaces the note of {@code articleId}. */
    public static Note upsert(Tx tx, long articleId, String body, Instant now) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO note(article_id, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""")) {
                ps.setLong(1, articleId);
                ps.setString(2, body);
                ps.setString(3, now.toString());
                ps.executeUpdate();
            }
            return new Note(articleId, body, now);
        });
    }

    public static void delete(Tx tx, long articleId) {
        tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
