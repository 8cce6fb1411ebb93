package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ReadingCounts;

/**
 * The reading state: read or unread (an article is unread until it is marked read, {@code read_at}
 * NULL), starred, and the counts the sources pane shows (unread, starred, unread per watched
 * person). Each change is one transaction; counts are index ranges (see migration "reading state").
 */
public final class ReadingStore {
    private final Database db;
    private final Clock clock;

    public ReadingStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public ReadingStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Marks an article read (now) or unread. Throws {@link IllegalArgumentException} when there is no such article. */
    public void setRead(long articleId, boolean read) {
        String now = Instant.now(clock).toString();
        db.write(c -> {
            // Marking a read article read again keeps the first time it was read.
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET read_at = CASE WHEN ? THEN coalesce(read_at, ?) END WHERE id = ?")) {
                ps.setBoolean(1, read);
                ps.setString(2, now);
                ps.setLong(3, articleId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no article #" + articleId);
                }
            }
            return null;
        });
    }

    /** Stars or unstars an article. */
    public void setStarred(long articleId, boolean starred) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET starred = ? WHERE id = ?")) {
                ps.setInt(1, starred ? 1 : 0);
                ps.setLong(2, articleId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no article #" + articleId);
                }
            }
            return null;
        });
    }

    /** Marks every unread article that matches {@code filter} read, in one transaction; returns how many. */
    public int markAllRead(ArticleFilter filter) {
        ArticleFilter unread = filter.withUnreadOnly(true);
        String now = Instant.now(clock).toString();
        return db.write(c -> {
            Map.Entry<String, List<Object>> ids = ArticleSearch.matchingIds(c, unread);
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET read_at = ? WHERE read_at IS NULL AND id IN ("
                    + ids.getKey() + ")")) {
                ps.setString(1, now);
                List<Object> params = ids.getValue();
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 2, params.get(i));
                }
                return ps.executeUpdate();
            }
        });
    }

    /** The numbers of the sources pane, watched people by name. */
    public ReadingCounts counts() {
        return db.read(c -> {
            int all = single(c, "SELECT count(*) FROM article");
            int unread = single(c, "SELECT count(*) FROM article WHERE read_at IS NULL");
            int starred = single(c, "SELECT count(*) FROM article WHERE starred = 1");
            List<ReadingCounts.Watched> watched = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT x.id, x.name, x.type,
                      (SELECT count(*) FROM article_actor d INDEXED BY article_actor_unread WHERE d.actor_id = x.id AND d.unread = 1)
                    FROM actor x INDEXED BY actor_watched WHERE x.watched = 1
                    ORDER BY x.name COLLATE NOCASE""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    watched.add(new ReadingCounts.Watched(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return new ReadingCounts(all, unread, starred, watched);
        });
    }

    /** An article's reading state. */
    public record State(boolean read, boolean starred) {
    }

    /** The article's reading state, empty when there is no such article. */
    public java.util.Optional<State> state(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT read_at IS NOT NULL, starred FROM article INDEXED BY article_id_state WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new State(rs.getInt(1) != 0, rs.getInt(2) != 0)) : java.util.Optional.empty();
                }
            }
        });
    }

    /** Whether the article has been read (false also when there is no such article). */
    public boolean isRead(long articleId) {
        return state(articleId).map(State::read).orElse(false);
    }

    /** Unread articles mentioning one actor (for tests and the benchmark). */
    public int unreadMentioning(long actorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM article_actor INDEXED BY article_actor_unread WHERE actor_id = ? AND unread = 1")) {
                ps.setLong(1, actorId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
