package org.newslens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newslens.model.Anchor;
import org.newslens.model.Highlight;

/**
 * The {@code highlight} table: spans of an article's body with a comment and tags (a JSON array). Where a
 * highlight goes in a changed body is {@code notes.HighlightStore}'s logic; this stores what it decides.
 */
public final class HighlightRepository {
    private static final String COLUMNS =
            "id, article_id, start, end, quote, prefix, suffix, comment, tags, created_at, updated_at, orphaned";

    private HighlightRepository() {
    }

    public static Optional<Highlight> find(Tx tx, long id) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlight WHERE id = ?")) {
                ps.setLong(1, id);
                List<Highlight> found = read(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The article's highlights in text order. */
    public static List<Highlight> forArticle(Tx tx, long articleId) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlight WHERE article_id = ? ORDER BY start, id")) {
                ps.setLong(1, articleId);
                return read(ps);
            }
        });
    }

    public static Highlight insert(Tx tx, long articleId, Anchor a, String comment, List<String> tags,
                                   Instant created, Instant updated, boolean orphaned) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO highlight(article_id, start, end, quote, prefix, suffix, comment, tags, created_at, updated_at, orphaned)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, articleId);
                ps.setInt(2, a.start());
                ps.setInt(3, a.end());
                ps.setString(4, a.quote());
                ps.setString(5, a.prefix());
                ps.setString(6, a.suffix());
                ps.setString(7, comment == null ? "" : comment);
                ps.setString(8, JsonLists.write(tags));
                ps.setString(9, created.toString());
                ps.setString(10, updated.toString());
                ps.setInt(11, orphaned ? 1 : 0);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Highlight(keys.getLong(1), articleId, a.start(), a.end(), a.quote(), a.prefix(), a.suffix(),
                            comment, tags, created, updated, orphaned);
                }
            }
        });
    }

    /** Changes the comment and tags; false when there is no such highlight. */
    public static boolean update(Tx tx, long id, String comment, List<String> tags, Instant now) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE highlight SET comment = ?, tags = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, comment == null ? "" : comment);
                ps.setString(2, JsonLists.write(tags));
                ps.setString(3, now.toString());
                ps.setLong(4, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public static boolean delete(Tx tx, long id) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM highlight WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Stores the highlight's new place (and clears its orphaned mark). */
    public static void moveTo(Tx tx, long id, Anchor a) {
        tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE highlight SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?")) {
                ps.setInt(1, a.start());
                ps.setInt(2, a.end());
                ps.setString(3, a.quote());
                ps.setString(4, a.prefix());
                ps.setString(5, a.suffix());
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public static void markOrphaned(Tx tx, long id) {
        tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE highlight SET orphaned = 1 WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<Highlight> read(PreparedStatement ps) throws SQLException {
        List<Highlight> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Highlight(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), JsonLists.read(rs.getString(9)), Instant.parse(rs.getString(10)),
                        Instant.parse(rs.getString(11)), rs.getInt(12) != 0));
            }
        }
        return List.copyOf(out);
    }
}
