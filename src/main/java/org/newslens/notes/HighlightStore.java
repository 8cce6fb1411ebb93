package org.newslens.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newslens.store.Database;

/**
 * Highlights: spans of an article's body with a comment and tags, anchored by offsets plus quote and
 * context so that {@link #relocate(long)} can find them again after the body changed.
 */
public final class HighlightStore {
    private static final String COLUMNS =
            "id, article_id, start, end, quote, prefix, suffix, comment, tags, created_at, updated_at, orphaned";

    private final Database db;
    private final Clock clock;

    public HighlightStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public HighlightStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Highlights {@code body[start, end)} of the article. Throws IllegalArgumentException for a bad span or article. */
    public Highlight add(long articleId, int start, int end, String comment, Collection<String> tags) {
        Instant now = clock.instant();
        return db.write(c -> {
            Anchor a = Anchor.capture(body(c, articleId), start, end);
            return insert(c, articleId, a, comment, Tags.normalize(tags), now, now, false);
        });
    }

    /**
     * Highlights the first occurrence of {@code text} in the article's body; typographic quotes, dashes
     * and whitespace typed differently still match.
     */
    public Highlight addFirstOccurrence(long articleId, String text, String comment, Collection<String> tags) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the text to highlight is empty");
        }
        Instant now = clock.instant();
        return db.write(c -> {
            String body = body(c, articleId);
            TextSearch.Span at = TextSearch.first(body, text).orElseThrow(() -> new IllegalArgumentException(
                    "the text \"" + shorten(text) + "\" does not occur in article " + articleId));
            return insert(c, articleId, Anchor.capture(body, at.start(), at.end()), comment, Tags.normalize(tags), now, now, false);
        });
    }

    public Optional<Highlight> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlight WHERE id = ?")) {
                ps.setLong(1, id);
                List<Highlight> found = read(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The article's highlights in text order. */
    public List<Highlight> forArticle(long articleId) {
        return db.read(c -> forArticle(c, articleId));
    }

    static List<Highlight> forArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM highlight WHERE article_id = ? ORDER BY start, id")) {
            ps.setLong(1, articleId);
            return read(ps);
        }
    }

    /** Changes a highlight's comment and tags. */
    public Highlight update(long id, String comment, Collection<String> tags) {
        Instant now = clock.instant();
        List<String> normalized = Tags.normalize(tags);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE highlight SET comment = ?, tags = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, comment == null ? "" : comment);
                ps.setString(2, Tags.toJson(normalized));
                ps.setString(3, now.toString());
                ps.setLong(4, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no highlight with id " + id);
                }
            }
            return null;
        });
        return find(id).orElseThrow();
    }

    public boolean delete(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM highlight WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The outcome of re-anchoring one highlight. */
    public record Relocation(Highlight before, AnchorFinder.Location location) {
    }

    /**
     * Finds every highlight of the article again in its current body and stores the new offsets (and
     * context); highlights that cannot be found keep their old anchor and are marked orphaned.
     */
    public List<Relocation> relocate(long articleId) {
        return db.write(c -> {
            String body = body(c, articleId);
            List<Relocation> out = new ArrayList<>();
            for (Highlight h : forArticle(c, articleId)) {
                AnchorFinder.Location loc = AnchorFinder.locate(body, h.anchor());
                out.add(new Relocation(h, loc));
                if (loc.found()) {
                    Anchor a = Anchor.capture(body, loc.start(), loc.end());
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE highlight SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?")) {
                        ps.setInt(1, a.start());
                        ps.setInt(2, a.end());
                        ps.setString(3, a.quote());
                        ps.setString(4, a.prefix());
                        ps.setString(5, a.suffix());
                        ps.setLong(6, h.id());
                        ps.executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE highlight SET orphaned = 1 WHERE id = ?")) {
                        ps.setLong(1, h.id());
                        ps.executeUpdate();
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * Restores a highlight (e.g. from a JSON export) onto an article whose body may differ: it is placed
     * where {@link AnchorFinder} finds it, or stored orphaned at its old anchor. Call inside a write.
     */
    static Highlight restore(Connection c, long articleId, String body, Highlight h) throws SQLException {
        AnchorFinder.Location loc = AnchorFinder.locate(body, h.anchor());
        Anchor a = loc.found() ? Anchor.capture(body, loc.start(), loc.end()) : h.anchor();
        return insert(c, articleId, a, h.comment(), h.tags(), h.createdAt(), h.updatedAt(), !loc.found());
    }

    private static Highlight insert(Connection c, long articleId, Anchor a, String comment, List<String> tags,
                                    Instant created, Instant updated, boolean orphaned) throws SQLException {
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
            ps.setString(8, Tags.toJson(tags));
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
    }

    private static List<Highlight> read(PreparedStatement ps) throws SQLException {
        List<Highlight> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Highlight(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), Tags.fromJson(rs.getString(9)), Instant.parse(rs.getString(10)),
                        Instant.parse(rs.getString(11)), rs.getInt(12) != 0));
            }
        }
        return List.copyOf(out);
    }

    static String body(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no article with id " + articleId);
                }
                return rs.getString(1);
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
