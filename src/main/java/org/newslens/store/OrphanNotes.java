package org.newslens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes and highlights kept when their article was removed: stored by the article's content hash
 * with its title, and put back on the article when the same text is imported again.
 */
public final class OrphanNotes {
    /** The tables whose rows are the user's own work on an article. */
    private static final List<String> TABLES = List.of("note", "highlight");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One removed article's kept notes, for listing and export: its former title, source and published
     * day, when it was removed, its note (null when it had none) and its highlights. {@code hash} (the
     * article's content hash) names it for {@link #delete}.
     */
    public record Kept(String hash, String title, String source, LocalDate published, Instant removedAt,
                       KeptNote note, List<KeptHighlight> highlights) {
        public Kept {
            highlights = List.copyOf(highlights);
        }

        public boolean hasNote() {
            return note != null;
        }
    }

    /** A kept note: its Markdown body and when it was last changed. */
    public record KeptNote(String body, Instant updatedAt) {
    }

    /** A kept highlight: the passage, the comment and tags, when made and last changed. */
    public record KeptHighlight(String quote, String comment, List<String> tags, Instant createdAt, Instant updatedAt) {
        public KeptHighlight {
            comment = comment == null ? "" : comment;
            tags = List.copyOf(tags);
        }
    }

    private final Database db;

    public OrphanNotes(Database db) {
        this.db = db;
    }

    /** Every kept set of notes, most recently removed first. */
    public List<Kept> list() {
        return db.read(c -> {
            List<Kept> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT content_hash, title, source, published, removed_at, rows FROM orphan_note ORDER BY removed_at DESC, title");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(kept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Deletes one removed article's kept notes for good; false when there were none by that hash. */
    public boolean delete(String hash) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM orphan_note WHERE content_hash = ?")) {
                ps.setString(1, hash);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Kept kept(String hash, String title, String source, String published, String removedAt, String json) {
        Map<String, List<Map<String, Object>>> rows = parse(json);
        KeptNote note = null;
        for (Map<String, Object> n : rows.getOrDefault("note", List.of())) {
            note = new KeptNote(text(n.get("body")), instant(n.get("updated_at")));
        }
        List<KeptHighlight> highlights = new ArrayList<>();
        for (Map<String, Object> h : rows.getOrDefault("highlight", List.of())) {
            highlights.add(new KeptHighlight(text(h.get("quote")), text(h.get("comment")), tags(h.get("tags")),
                    instant(h.get("created_at")), instant(h.get("updated_at"))));
        }
        highlights.sort(java.util.Comparator.comparing(KeptHighlight::createdAt));
        return new Kept(hash, title, source, ArticleStore.date(published), Instant.parse(removedAt), note, highlights);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Instant instant(Object o) {
        return o == null ? Instant.EPOCH : Instant.parse(o.toString());
    }

    private static List<String> tags(Object o) {
        if (o == null || o.toString().isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(o.toString(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** Keeps the note and highlight rows of a snapshot; false when it has none. */
    static boolean keep(Connection c, String hash, List<ArticleRemoval.TableRows> snapshot, Instant now) throws SQLException {
        Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
        ArticleRemoval.TableRows article = snapshot.get(0);
        for (ArticleRemoval.TableRows t : snapshot) {
            if (TABLES.contains(t.table()) && !t.rows().isEmpty()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Object[] r : t.rows()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < r.length; i++) {
                        m.put(t.columns().get(i), r[i]);
                    }
                    rows.add(m);
                }
                kept.put(t.table(), rows);
            }
        }
        if (kept.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR REPLACE INTO orphan_note(content_hash, title, source, published, removed_at, rows)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            Object[] a = article.rows().get(0);
            ps.setString(1, hash);
            ps.setObject(2, a[article.columns().indexOf("title")]);
            ps.setObject(3, a[article.columns().indexOf("source")]);
            ps.setObject(4, a[article.columns().indexOf("published")]);
            ps.setString(5, now.toString());
            ps.setString(6, JSON.writeValueAsString(kept));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new LibraryException("Cannot keep the notes: " + e.getOriginalMessage(), e);
        }
        return true;
    }

    static void discard(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM orphan_note WHERE content_hash = ?")) {
            ps.setString(1, hash);
            ps.executeUpdate();
        }
    }

    /**
     * Puts notes kept for this text back on the newly inserted article {@code articleId}; returns
     * whether there were any. Called in the inserting transaction.
     */
    static boolean reattach(Connection c, long articleId, String hash) throws SQLException {
        String json;
        try (PreparedStatement ps = c.prepareStatement("SELECT rows FROM orphan_note WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                json = rs.getString(1);
            }
        }
        Map<String, List<Map<String, Object>>> kept = parse(json);
        for (String table : TABLES) {
            List<Map<String, Object>> rows = kept.getOrDefault(table, List.of());
            if (rows.isEmpty()) {
                continue;
            }
            List<String> columns = new ArrayList<>(rows.get(0).keySet());
            columns.retainAll(columnsOf(c, table));
            columns.remove("id"); // fresh ids: the old ones may be taken
            List<Object[]> values = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                Object[] v = new Object[columns.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = columns.get(i).equals("article_id") ? articleId : r.get(columns.get(i));
                }
                values.add(v);
            }
            ArticleRemoval.insertRows(c, new ArticleRemoval.TableRows(table, null, columns, List.of(), values), new HashMap<>(), false);
        }
        discard(c, hash);
        return true;
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Map<String, Object>>> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new LibraryException("Kept notes are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
