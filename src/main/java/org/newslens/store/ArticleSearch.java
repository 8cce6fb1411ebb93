package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ArticleSummary;
import org.newslens.model.Cooccurrence;
import org.newslens.model.SearchPage;
import org.newslens.model.TimelineEntry;

/**
 * The filtered article list, "appears with" and the timeline, computed in SQL.
 *
 * <p>Plans: with actors (all of them), the rarest actor's rows in {@code article_actor} drive, in
 * index order {@code (actor_id, published, article_id)}, so the newest page needs no sort; the
 * others are checked by primary key. Without actors, {@code article(published, id)} is scanned
 * backwards. Text and date range narrow either. A feed or folder holding a large share of the
 * library is checked per article through {@code feed_item(article_id, feed_id)} while the date index
 * (or whatever else drives) is walked, so the newest page needs no sort; a small one drives from
 * {@code feed_item(feed_id, article_id)} and its few matches are sorted.
 */
public final class ArticleSearch {
    private final Database db;
    private final Postings postings = new Postings();

    public ArticleSearch(Database db) {
        this.db = db;
    }

    /** A WHERE clause over an article alias with its parameters, and the published column to order by. */
    private record Plan(String from, String where, List<Object> params, String orderBy) {
    }

    private static Plan plan(Connection c, ArticleFilter f, String fts) throws SQLException {
        return plan(c, f, fts, false);
    }

    /**
     * @param commonText the text matches a large share of the library: walk the date index newest
     *                   first and stop at the page's end, instead of sorting every match
     */
    private static Plan plan(Connection c, ArticleFilter f, String fts, boolean commonText) throws SQLException {
        if (f.starredOnly()) {
            return starredPlan(f, fts);
        }
        return plan(c, f, fts, commonText, !f.hasFeed() || !fts.isEmpty() || feedItems(c, f) * 50L > maxArticleId(c));
    }

    /**
     * The ids of a filter's feeds: the feed, or a folder's feeds and those of its sub-folders; one
     * parameter (the feed's or the folder's id). Not correlated, so found once per query.
     */
    private static String feedIds(ArticleFilter f) {
        return f.feedId() != null ? "?" : "SELECT fe.id FROM feed fe WHERE fe.folder_id IN ("
                + "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT ff.id FROM feed_folder ff JOIN sub ON ff.parent_id = sub.id) "
                + "SELECT id FROM sub)";
    }

    /** How many distinct articles the filter's feed or folder holds, from feed_item(feed_id, article_id). */
    private static int feedItems(Connection c, ArticleFilter f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT fi.article_id) FROM feed_item fi INDEXED BY feed_item_by_feed_article "
                + "WHERE fi.feed_id IN (" + feedIds(f) + ")")) {
            ps.setLong(1, f.feedId() != null ? f.feedId() : f.folderId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** @param commonFeed the feed (if any) holds a large share of the library: walk the date index, checking it */
    private static Plan plan(Connection c, ArticleFilter f, String fts, boolean commonText, boolean commonFeed) throws SQLException {
        if (f.starredOnly()) {
            return starredPlan(f, fts);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("1");
        String from;
        String orderBy;
        String published;
        boolean unread = f.unreadOnly();
        boolean feedDriven = false;
        if (!f.actorIds().isEmpty() && !f.any()) {
            List<Long> ids = rarestFirst(c, f.actorIds());
            // Unread: the same walk in the partial index of the unread rows.
            from = unread ? "article_actor d INDEXED BY article_actor_unread" : "article_actor d";
            where.append(" AND d.actor_id = ?");
            params.add(ids.get(0));
            if (unread) {
                where.append(" AND d.unread = 1");
            }
            for (Long other : ids.subList(1, ids.size())) {
                where.append(" AND EXISTS (SELECT 1 FROM article_actor o WHERE o.article_id = d.article_id AND o.actor_id = ?)");
                params.add(other);
            }
            published = "d.published";
            orderBy = "d.published DESC, d.article_id DESC";
        } else if (f.actorIds().isEmpty() && !fts.isEmpty() && commonText) {
            from = unread ? "article a INDEXED BY article_unread" : "article a INDEXED BY article_by_published";
            published = "a.published";
            orderBy = "a.published DESC, a.id DESC";
        } else if (f.actorIds().isEmpty() && !fts.isEmpty()) {
            // Text only: FTS drives; its matches are sorted by date through a small covering index
            // (one that also holds the reading state when that filters).
            from = "article_fts f CROSS JOIN article a INDEXED BY " + (unread ? "article_id_state" : "article_id_published")
                    + " ON a.id = f.rowid";
            where.append(" AND article_fts MATCH ?");
            params.add(fts);
            published = "a.published";
            orderBy = "a.published DESC, a.id DESC";
        } else if (f.actorIds().isEmpty() && f.hasFeed() && !commonFeed) {
            // A small feed: its items drive (from feed_item(feed_id, article_id)) and the few matches are sorted,
            // instead of walking the whole date index for them.
            from = "article a INDEXED BY " + (unread ? "article_id_state" : "article_id_published");
            where.append(" AND a.id IN (SELECT fi.article_id FROM feed_item fi WHERE fi.feed_id IN (").append(feedIds(f)).append("))");
            params.add(f.feedId() != null ? f.feedId() : f.folderId());
            feedDriven = true;
            published = "a.published";
            orderBy = "a.published DESC, a.id DESC";
        } else {
            from = unread ? "article a INDEXED BY article_unread" : f.hasFeed() ? "article a INDEXED BY article_by_published" : "article a";
            if (!f.actorIds().isEmpty()) {
                where.append(" AND a.id IN (SELECT article_id FROM article_actor WHERE actor_id IN (")
                        .append("?,".repeat(f.actorIds().size() - 1)).append("?))");
                params.addAll(f.actorIds());
            }
            published = "a.published";
            orderBy = "a.published DESC, a.id DESC";
        }
        if (unread && from.startsWith("article a")) {
            where.append(" AND a.read_at IS NULL");
        }
        return finish(f, fts, from, where, params, published, orderBy, feedDriven);
    }

    /**
     * Starred articles are few (the user picks them): their partial index drives, newest first, and
     * each is checked against the rest of the filter by primary key.
     */
    private static Plan starredPlan(ArticleFilter f, String fts) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("a.starred = 1");
        if (f.unreadOnly()) {
            where.append(" AND a.read_at IS NULL");
        }
        if (!f.actorIds().isEmpty() && !f.any()) {
            for (Long id : new java.util.LinkedHashSet<>(f.actorIds())) {
                where.append(" AND EXISTS (SELECT 1 FROM article_actor o WHERE o.article_id = a.id AND o.actor_id = ?)");
                params.add(id);
            }
        } else if (!f.actorIds().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM article_actor o WHERE o.article_id = a.id AND o.actor_id IN (")
                    .append("?,".repeat(f.actorIds().size() - 1)).append("?))");
            params.addAll(f.actorIds());
        }
        return finish(f, fts, "article a INDEXED BY article_starred", where, params, "a.published", "a.published DESC, a.id DESC", false);
    }

    /** @param feedDriven the filter's feed already drives the plan (it needs no check per article) */
    private static Plan finish(ArticleFilter f, String fts, String from, StringBuilder where, List<Object> params,
                               String published, String orderBy, boolean feedDriven) {
        if (f.from() != null) {
            where.append(" AND ").append(published).append(" >= ?");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            where.append(" AND ").append(published).append(" <= ?");
            params.add(f.to().toString());
        }
        String id = from.startsWith("article_actor") ? "d.article_id" : "a.id";
        if (f.hasFeed() && !feedDriven) {
            where.append(" AND EXISTS (SELECT 1 FROM feed_item fi INDEXED BY feed_item_by_article_feed WHERE fi.article_id = ").append(id)
                    .append(" AND fi.feed_id IN (").append(feedIds(f)).append("))");
            params.add(f.feedId() != null ? f.feedId() : f.folderId());
        }
        if (!fts.isEmpty() && !from.startsWith("article_fts")) {
            where.append(" AND ").append(id).append(" IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
            params.add(fts);
        }
        return new Plan(from, where.toString(), params, orderBy);
    }

    private static List<Long> rarestFirst(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article_actor WHERE actor_id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(id, rs.getInt(1));
                }
            }
        }
        List<Long> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        sorted.sort((x, y) -> Integer.compare(counts.get(x), counts.get(y)));
        return sorted;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** The page of articles (newest first) and the total that match. */
    public SearchPage search(ArticleFilter f, int limit, int offset) {
        String fts = FtsQuery.of(f.query());
        if (!f.query().isEmpty() && fts.isEmpty()) {
            return new SearchPage(List.of(), 0);
        }
        return db.read(c -> {
            Integer textMatches = null;
            boolean common = false;
            if (f.actorIds().isEmpty() && !fts.isEmpty() && !f.starredOnly()) {
                textMatches = ftsCount(c, fts);
                common = textMatches * 50L > maxArticleId(c);
            }
            Plan p = plan(c, f, fts, common);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(pageSql(p))) {
                List<Object> params = new ArrayList<>(p.params());
                params.add(limit);
                params.add(offset);
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            int total;
            if (offset == 0 && ids.size() < limit) {
                total = ids.size();
            } else if (f.hasFeed() && f.actorIds().isEmpty() && fts.isEmpty() && f.from() == null && f.to() == null
                    && !f.hasReadingState()) {
                total = feedItems(c, f); // the feed's distinct articles, from feed_item(feed_id, article_id)
            } else if (textMatches != null && f.from() == null && f.to() == null && !f.hasReadingState() && !f.hasFeed()) {
                total = textMatches;
            } else if (!f.actorIds().isEmpty() && fts.isEmpty() && f.from() == null && f.to() == null && !f.hasReadingState()
                    && !f.hasFeed()) {
                postings.checkFresh(c);
                total = f.any() ? postings.countAny(c, f.actorIds()) : postings.countAll(c, f.actorIds());
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + p.from() + " WHERE " + p.where())) {
                    bind(ps, p.params());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getInt(1);
                    }
                }
            }
            List<SearchPage.Hit> hits = new ArrayList<>();
            if (ids.isEmpty()) {
                return new SearchPage(hits, total);
            }
            Map<Long, ArticleSummary> byId = new HashMap<>();
            Map<Long, String> bodies = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, source, published, imported_at"
                    + (fts.isEmpty() ? "" : ", body") + " FROM article WHERE id IN (" + "?,".repeat(ids.size() - 1) + "?)")) {
                bind(ps, new ArrayList<>(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        byId.put(id, new ArticleSummary(id, rs.getString(2), rs.getString(3), ArticleStore.date(rs.getString(4)),
                                java.time.Instant.parse(rs.getString(5))));
                        if (!fts.isEmpty()) {
                            bodies.put(id, rs.getString(6));
                        }
                    }
                }
            }
            readingState(c, byId);
            Snippets snippets = fts.isEmpty() ? null : new Snippets(f.query());
            for (Long id : ids) {
                ArticleSummary a = byId.get(id);
                if (a != null) {
                    hits.add(new SearchPage.Hit(a, snippets == null ? "" : snippets.of(bodies.get(id))));
                }
            }
            return new SearchPage(hits, total);
        });
    }

    /** Puts the read and starred state into the summaries, read from an index (not the wide rows). */
    static void readingState(Connection c, Map<Long, ArticleSummary> byId) throws SQLException {
        if (byId.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, read_at IS NOT NULL, starred FROM article INDEXED BY article_id_state "
                + "WHERE id IN (" + "?,".repeat(byId.size() - 1) + "?)")) {
            bind(ps, new ArrayList<>(byId.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    ArticleSummary a = byId.get(id);
                    byId.put(id, a.withRead(rs.getInt(2) != 0).withStarred(rs.getInt(3) != 0));
                }
            }
        }
    }

    /**
     * The SQL that selects the ids of every article matching {@code f} (one column), with its
     * parameters: for a write over the filtered articles ("mark all read").
     */
    static Map.Entry<String, List<Object>> matchingIds(Connection c, ArticleFilter f) throws SQLException {
        String fts = FtsQuery.of(f.query());
        if (!f.query().isEmpty() && fts.isEmpty()) {
            return Map.entry("SELECT id FROM article WHERE 0", List.of());
        }
        Plan p = plan(c, f, fts);
        String id = p.from().startsWith("article_actor") ? "d.article_id" : "a.id";
        return Map.entry("SELECT " + id + " FROM " + p.from() + " WHERE " + p.where(), p.params());
    }

    private static int ftsCount(Connection c, String fts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?")) {
            ps.setString(1, fts);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long maxArticleId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM article"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String pageSql(Plan p) {
        String id = p.from().startsWith("article_actor") ? "d.article_id" : "a.id";
        return "SELECT " + id + " FROM " + p.from() + " WHERE " + p.where()
                + " ORDER BY " + p.orderBy() + " LIMIT ? OFFSET ?";
    }

    /** SQLite's plan for the page query of {@code f}: one line per step (for tests and the benchmark). */
    public String explain(ArticleFilter f) {
        String fts = FtsQuery.of(f.query());
        return db.read(c -> {
            Plan p = plan(c, f, fts);
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + pageSql(p))) {
                List<Object> params = new ArrayList<>(p.params());
                params.add(50);
                params.add(0);
                bind(ps, params);
                StringBuilder sb = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sb.append(rs.getString(4)).append('\n');
                    }
                }
                return sb.toString();
            }
        });
    }

    /** Actors most often in the same filtered articles as the filter's actors (which are left out). */
    public List<Cooccurrence> appearsWith(ArticleFilter f, int limit) {
        if (f.actorIds().isEmpty()) {
            return List.of();
        }
        String fts = FtsQuery.of(f.query());
        return db.read(c -> {
            Plan p = plan(c, f, fts);
            String exclude = "?,".repeat(f.actorIds().size() - 1) + "?";
            String idColumn = p.from().startsWith("article_actor") ? "d.article_id" : "a.id";
            List<Object> params = new ArrayList<>(p.params());
            params.addAll(f.actorIds());
            params.add(limit);
            try (PreparedStatement ps = c.prepareStatement("SELECT x.id, x.type, x.name, count(*) AS n FROM ("
                    + "SELECT " + idColumn + " AS article_id FROM " + p.from() + " WHERE " + p.where() + ") m "
                    + "JOIN article_actor w ON w.article_id = m.article_id JOIN actor x ON x.id = w.actor_id "
                    + "WHERE x.hidden = 0 AND w.actor_id NOT IN (" + exclude + ") "
                    // People first (organisations and places after them), then by shared articles; ties go to
                    // whoever appeared most recently.
                    + "GROUP BY x.id ORDER BY x.type <> 'PERSON', n DESC, max(w.published) DESC, x.name COLLATE NOCASE LIMIT ?")) {
                bind(ps, params);
                List<Cooccurrence> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Cooccurrence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    /**
     * Dated sentences of the filtered articles, in calendar order. With actors in the filter and
     * {@code involvingOnly}, only the sentences that name one of them.
     */
    public List<TimelineEntry> timeline(ArticleFilter f, boolean involvingOnly, int limit) {
        String fts = FtsQuery.of(f.query());
        return db.read(c -> {
            Plan p = plan(c, f, fts);
            String idColumn = p.from().startsWith("article_actor") ? "d.article_id" : "a.id";
            List<Object> params = new ArrayList<>(p.params());
            String involving = "";
            if (involvingOnly && !f.actorIds().isEmpty()) {
                involving = " AND EXISTS (SELECT 1 FROM date_actor da WHERE da.date_id = t.id AND da.actor_id IN ("
                        + "?,".repeat(f.actorIds().size() - 1) + "?))";
                params.addAll(f.actorIds());
            }
            params.add(limit);
            Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.day, t.value, t.text, ar.id, ar.title, t.start, t.end, t.sentence_start, "
                    + "substr(ar.body, t.sentence_start + 1, t.sentence_end - t.sentence_start) FROM date_mention t "
                    + "JOIN article ar ON ar.id = t.article_id "
                    + "WHERE t.day IS NOT NULL AND t.article_id IN (SELECT " + idColumn + " FROM " + p.from() + " WHERE " + p.where() + ")"
                    + involving + " ORDER BY t.day, ar.id, t.start LIMIT ?")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.put(rs.getLong(1), new TimelineEntry(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10), List.of()));
                    }
                }
            }
            if (entries.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> people = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT da.date_id, x.name FROM date_actor da JOIN actor x ON x.id = da.actor_id "
                    + "WHERE x.hidden = 0 AND da.date_id IN (" + "?,".repeat(entries.size() - 1) + "?)")) {
                int i = 1;
                for (Long id : entries.keySet()) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            List<TimelineEntry> out = new ArrayList<>();
            entries.forEach((id, e) -> out.add(new TimelineEntry(e.day(), e.value(), e.text(), e.articleId(), e.articleTitle(),
                    e.start(), e.end(), e.sentenceStart(), e.sentence(), people.getOrDefault(id, List.of()))));
            return List.copyOf(out);
        });
    }
}
