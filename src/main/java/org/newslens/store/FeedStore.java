package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.newslens.model.FullPage;
import org.newslens.model.NewArticle;

/** Feed folders, subscribed feeds with their fetch state, and feed items. Returns immutable records. */
public final class FeedStore {
    /** Whether a feed's items that carry only a summary get their linked page fetched and cleaned. */
    public record Folder(long id, String name, Long parentId) {
    }

    /**
     * A subscribed feed.
     *
     * @param refreshMinutes per-feed interval override, or null for the default
     * @param failures       consecutive failed refreshes (0 after a success)
     * @param lastError      the last failure's one-line reason, or null when the last refresh worked
     */
    public record Feed(long id, String url, String title, String siteUrl, Long folderId, String etag, String lastModified,
                       String bodyHash, Instant lastFetched, Instant nextFetch, int failures, String lastError,
                       Integer refreshMinutes, FullPage fullPage, Instant addedAt) {
        public Feed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(fullPage, "fullPage");
        }

        /** The title to show: the feed's own, else its address. */
        public String displayTitle() {
            return title == null || title.isBlank() ? url : title;
        }
    }

    /**
     * A feed with what the list shows: its folder's path ("News / Local", or null), its item count and
     * how many of its items' articles are unread.
     */
    public record Listing(Feed feed, String folderPath, int items, int unread) {
    }

    private static final String FEED_COLUMNS = "id, url, title, site_url, folder_id, etag, last_modified, body_hash, "
            + "last_fetched, next_fetch, failures, last_error, refresh_minutes, full_page, added_at";

    private final Database db;

    public FeedStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    // ---- folders

    /** The folder named {@code name} under {@code parentId} (null: top level), created if missing. Call inside a write. */
    public static long folder(Connection c, String name, Long parentId) throws SQLException {
        String n = name.strip();
        if (n.isEmpty()) throw new IllegalArgumentException("a folder needs a name");
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM feed_folder WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE")) {
            ps.setLong(1, parentId == null ? 0 : parentId);
            ps.setString(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_folder(name, parent_id) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, n);
            setLong(ps, 2, parentId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The folder at a path of names ("News/Local"), created as needed; null for an empty path. Call inside a write. */
    public static Long folderPath(Connection c, List<String> names) throws SQLException {
        Long parent = null;
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            parent = folder(c, n, parent);
        }
        return parent;
    }

    public List<Folder> folders() {
        return db.read(c -> {
            List<Folder> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, parent_id FROM feed_folder ORDER BY name COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Folder(rs.getLong(1), rs.getString(2), getLong(rs, 3)));
            }
            return List.copyOf(out);
        });
    }

    // ---- feeds

    /** Subscribes to {@code url}; an address already subscribed returns the existing feed unchanged. Call inside a write. */
    public static Feed add(Connection c, String url, String title, String siteUrl, Long folderId, Instant now) throws SQLException {
        Optional<Feed> existing = findByUrl(c, url);
        if (existing.isPresent()) return existing.get();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed(url, title, site_url, folder_id, added_at) VALUES (?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, url);
            ps.setString(2, title == null ? "" : title.strip());
            ps.setString(3, siteUrl);
            setLong(ps, 4, folderId);
            ps.setString(5, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return find(c, keys.getLong(1)).orElseThrow();
            }
        }
    }

    /** A feed to subscribe to in bulk (an OPML import). */
    public record NewFeed(String url, String title, String siteUrl, Long folderId) {
    }

    /** Subscribes to many feeds with one statement; addresses already subscribed are left as they are. Returns how many were added. */
    public static int addMany(Connection c, List<NewFeed> feeds, Instant now) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO feed(url, title, site_url, folder_id, added_at) VALUES (?, ?, ?, ?, ?)")) {
            for (NewFeed f : feeds) {
                ps.setString(1, f.url());
                ps.setString(2, f.title() == null ? "" : f.title().strip());
                ps.setString(3, f.siteUrl());
                setLong(ps, 4, f.folderId());
                ps.setString(5, now.toString());
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    public Feed add(String url, String title, String siteUrl, String folderName, Instant now) {
        return db.write(c -> add(c, url, title, siteUrl, folderName == null ? null : folderPath(c, List.of(folderName.split("/"))), now));
    }

    public static Optional<Feed> findByUrl(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feed WHERE url = ?")) {
            ps.setString(1, url);
            return one(ps);
        }
    }

    public static Optional<Feed> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feed WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    public Optional<Feed> find(long id) {
        return db.read(c -> find(c, id));
    }

    public Optional<Feed> findByUrl(String url) {
        return db.read(c -> findByUrl(c, url));
    }

    /** Every feed, by title. */
    public List<Feed> feeds() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feed ORDER BY title COLLATE NOCASE, id")) {
                return many(ps);
            }
        });
    }

    /** Every feed with its folder path, item and unread counts, by folder then title. */
    public List<Listing> listings() {
        List<Folder> folders = folders();
        List<Feed> feeds = feeds();
        // Items and unread per feed in one pass; each item's read state comes from a small index, not the article row.
        java.util.Map<Long, int[]> counts = db.read(c -> {
            java.util.Map<Long, int[]> m = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT fi.feed_id, count(*), count(a.id) - count(a.read_at)
                    FROM feed_item fi LEFT JOIN article a INDEXED BY article_id_state ON a.id = fi.article_id
                    GROUP BY fi.feed_id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) m.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
            }
            return m;
        });
        List<Listing> out = new ArrayList<>();
        for (Feed f : feeds) {
            int[] n = counts.getOrDefault(f.id(), new int[2]);
            out.add(new Listing(f, path(folders, f.folderId()), n[0], n[1]));
        }
        out.sort(java.util.Comparator.comparing((Listing l) -> l.folderPath() == null ? "" : l.folderPath(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> l.feed().displayTitle(), String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out);
    }

    /** A folder's distinct articles (over its feeds and its sub-folders'), and how many of them are unread. */
    public record FolderCount(int items, int unread) {
    }

    /**
     * Per folder, its articles counted once however many of its feeds carry them (what choosing the
     * folder lists); folders without items are left out.
     */
    public java.util.Map<Long, FolderCount> folderCounts() {
        return db.read(c -> {
            java.util.Map<Long, FolderCount> m = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH RECURSIVE under(top, folder) AS (
                      SELECT id, id FROM feed_folder
                      UNION SELECT u.top, f.id FROM under u JOIN feed_folder f ON f.parent_id = u.folder)
                    SELECT top, count(*), count(*) - count(read_at) FROM (
                      SELECT DISTINCT u.top, a.id, a.read_at FROM under u
                      JOIN feed fe ON fe.folder_id = u.folder
                      JOIN feed_item fi ON fi.feed_id = fe.id
                      JOIN article a INDEXED BY article_id_state ON a.id = fi.article_id)
                    GROUP BY top""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) m.put(rs.getLong(1), new FolderCount(rs.getInt(2), rs.getInt(3)));
            }
            return m;
        });
    }

    /** "News / Local" for a folder id, or null. */
    public static String path(List<Folder> folders, Long folderId) {
        List<String> names = new ArrayList<>();
        Long id = folderId;
        Set<Long> seen = new HashSet<>();
        while (id != null && seen.add(id)) {
            Long cur = id;
            Folder f = folders.stream().filter(x -> x.id() == cur).findFirst().orElse(null);
            if (f == null) break;
            names.add(0, f.name());
            id = f.parentId();
        }
        return names.isEmpty() ? null : String.join(" / ", names);
    }

    /** Unsubscribes: the feed and its item records go; the articles stay in the library. */
    public boolean remove(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public void setFullPage(long id, FullPage mode) {
        update("UPDATE feed SET full_page = ? WHERE id = ?", mode.sql(), id);
    }

    /** Sets the per-feed refresh interval (null: the default); the schedule never goes under its floor. */
    public void setRefreshMinutes(long id, Integer minutes) {
        update("UPDATE feed SET refresh_minutes = ? WHERE id = ?", minutes, id);
    }

    /** A fetch that gave a document (parsed, or unchanged since last time): validators and schedule, failures cleared. */
    public static void recordSuccess(Connection c, long id, String title, String siteUrl, String etag, String lastModified,
                                     String bodyHash, Instant fetched, Instant next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE feed SET title = CASE WHEN ? IS NULL OR ? = '' THEN title ELSE ? END,
                  site_url = coalesce(?, site_url), etag = ?, last_modified = ?, body_hash = coalesce(?, body_hash),
                  last_fetched = ?, next_fetch = ?, failures = 0, last_error = NULL
                WHERE id = ?""")) {
            ps.setString(1, title);
            ps.setString(2, title);
            ps.setString(3, title);
            ps.setString(4, siteUrl);
            ps.setString(5, etag);
            ps.setString(6, lastModified);
            ps.setString(7, bodyHash);
            ps.setString(8, fetched.toString());
            ps.setString(9, next.toString());
            ps.setLong(10, id);
            ps.executeUpdate();
        }
    }

    /** {@link #recordSuccess(Connection, long, String, String, String, String, String, Instant, Instant)} on a transaction. */
    public static void recordSuccess(Tx tx, long id, String title, String siteUrl, String etag, String lastModified,
                                     String bodyHash, Instant fetched, Instant next) {
        tx.sql(c -> {
            recordSuccess(c, id, title, siteUrl, etag, lastModified, bodyHash, fetched, next);
            return null;
        });
    }

    /** A failed refresh: its reason, one more consecutive failure, and when to try again. The feed is kept. */
    public void recordFailure(long id, String reason, Instant fetched, Instant next) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE feed SET last_error = ?, failures = failures + 1, last_fetched = ?, next_fetch = ? WHERE id = ?")) {
                ps.setString(1, reason);
                ps.setString(2, fetched.toString());
                ps.setString(3, next.toString());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- items

    /** The guids this feed's stored items carry. */
    public Set<String> guids(long feedId) {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM feed_item WHERE feed_id = ?")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public static boolean hasItem(Connection c, long feedId, String guid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM feed_item WHERE feed_id = ? AND guid = ?")) {
            ps.setLong(1, feedId);
            ps.setString(2, guid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static boolean hasItem(Tx tx, long feedId, String guid) {
        return tx.sql(c -> hasItem(c, feedId, guid));
    }

    public static OptionalLong articleByUrl(Tx tx, String canonicalUrl) {
        return tx.sql(c -> articleByUrl(c, canonicalUrl));
    }

    public static void insertItem(Tx tx, long feedId, String guid, String link, long articleId, Instant seen) {
        tx.sql(c -> {
            insertItem(c, feedId, guid, link, articleId, seen);
            return null;
        });
    }

    /** The article already stored for this canonical URL: an item of any feed, or an article whose source it is. */
    public static OptionalLong articleByUrl(Connection c, String canonicalUrl) throws SQLException {
        if (canonicalUrl == null) return OptionalLong.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id FROM feed_item WHERE link = ? AND article_id IS NOT NULL LIMIT 1")) {
            ps.setString(1, canonicalUrl);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return OptionalLong.of(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE source = ? LIMIT 1")) {
            ps.setString(1, canonicalUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    public OptionalLong articleByUrl(String canonicalUrl) {
        return db.read(c -> articleByUrl(c, canonicalUrl));
    }

    public static void insertItem(Connection c, long feedId, String guid, String link, long articleId, Instant seen) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO feed_item(feed_id, guid, link, article_id, seen_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, feedId);
            ps.setString(2, guid);
            ps.setString(3, link);
            ps.setLong(4, articleId);
            ps.setString(5, seen.toString());
            ps.executeUpdate();
        }
    }

    /** How many items a feed has stored. */
    public int itemCount(long feedId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM feed_item WHERE feed_id = ?")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    // ---- plumbing

    private void update(String sql, Object value, long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, value);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no feed #" + id);
            }
            return null;
        });
    }

    private static Optional<Feed> one(PreparedStatement ps) throws SQLException {
        List<Feed> l = many(ps);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<Feed> many(PreparedStatement ps) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer minutes = rs.getObject(13) == null ? null : rs.getInt(13);
                out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), getLong(rs, 5),
                        rs.getString(6), rs.getString(7), rs.getString(8), instant(rs.getString(9)), instant(rs.getString(10)),
                        rs.getInt(11), rs.getString(12), minutes, FullPage.parse(rs.getString(14)), instant(rs.getString(15))));
            }
        }
        return List.copyOf(out);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, v);
    }
}
