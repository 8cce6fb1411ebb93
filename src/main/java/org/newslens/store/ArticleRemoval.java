package org.newslens.store;

import org.newslens.model.RemovalPreview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Removing articles, and undoing the last removal. A removal first takes a snapshot of the article's
 * row and of every row that its deletion cascades to (found from the schema's foreign keys, so tables
 * added later are covered without code here), then deletes the article in the same transaction.
 * Undo re-inserts the snapshot in one transaction: the article gets its old id back, and the rows
 * under it keep their ids unless a later import took them (then they get fresh ones, and the rows
 * below them follow). Rows whose foreign key to a removed row is only set to NULL (a feed's item that
 * became the article) point at it again after undo. Notes and highlights can instead be kept as orphaned notes
 * ({@link OrphanNotes}): they come back when the same text is imported again.
 */
public final class ArticleRemoval {

    /** The rows of one table in a snapshot, in insertion order. */
    record TableRows(String table, String pk, List<String> columns, List<Fk> fks, List<Object[]> rows) {
    }

    /** A single-column foreign key of a snapshot table to a table higher up in the snapshot. */
    record Fk(String column, String parentTable, String parentColumn) {
    }

    /** A row outside the snapshot whose {@code column} the deletion set to NULL; it held {@code parentKey}. */
    record Link(String table, String column, long rowid, String parentTable, Object parentKey) {
    }

    /** A removed article, enough to put it back exactly. Immutable once made. */
    public static final class Removed {
        private final long id;
        private final String title;
        private final String contentHash;
        private final boolean notesKept;
        private final List<TableRows> tables;
        private final List<Link> links;

        Removed(long id, String title, String contentHash, boolean notesKept, List<TableRows> tables) {
            this(id, title, contentHash, notesKept, tables, List.of());
        }

        Removed(long id, String title, String contentHash, boolean notesKept, List<TableRows> tables, List<Link> links) {
            this.id = id;
            this.title = title;
            this.contentHash = contentHash;
            this.notesKept = notesKept;
            this.tables = List.copyOf(tables);
            this.links = List.copyOf(links);
        }

        public long id() {
            return id;
        }

        public String title() {
            return title;
        }

        /** True when its notes and highlights were kept as orphaned notes. */
        public boolean notesKept() {
            return notesKept;
        }
    }

    private final Database db;
    private final Clock clock;

    public ArticleRemoval(Database db) {
        this(db, Clock.systemUTC());
    }

    public ArticleRemoval(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Title, note and highlight count of an article, or empty when there is no such article. */
    public Optional<RemovalPreview> preview(long id) {
        return db.read(c -> preview(c, id));
    }

    private static Optional<RemovalPreview> preview(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT title, (SELECT count(*) FROM note WHERE article_id = a.id AND trim(body) <> ''),
                       (SELECT count(*) FROM highlight WHERE article_id = a.id)
                FROM article a WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RemovalPreview(id, rs.getString(1), rs.getInt(2) > 0, rs.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    /** Removes one article; see {@link #remove(List, boolean)}. */
    public Removed remove(long id, boolean keepNotes) {
        return remove(List.of(id), keepNotes).get(0);
    }

    /**
     * Removes the articles {@code ids} in one transaction, with their actors' mentions, dates and
     * quotes; their notes and highlights are deleted too, or kept as orphaned notes with
     * {@code keepNotes}. An unknown id fails the whole call with {@link UnknownArticleException} and
     * nothing is removed.
     */
    public List<Removed> remove(List<Long> ids, boolean keepNotes) {
        return db.write(c -> {
            List<Removed> out = new ArrayList<>();
            for (long id : new LinkedHashSet<>(ids)) {
                out.add(removeOne(c, id, keepNotes));
            }
            return List.copyOf(out);
        });
    }

    private Removed removeOne(Connection c, long id, boolean keepNotes) throws SQLException {
        RemovalPreview p = preview(c, id).orElseThrow(() -> new UnknownArticleException(id));
        List<TableRows> snapshot = snapshot(c, id);
        List<Link> links = nulledLinks(c, snapshot);
        String hash = hashOf(snapshot);
        boolean kept = keepNotes && p.hasNotes() && OrphanNotes.keep(c, hash, snapshot, clock.instant());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return new Removed(id, p.title(), hash, kept, snapshot, links);
    }

    private static String hashOf(List<TableRows> snapshot) {
        TableRows article = snapshot.get(0);
        return (String) article.rows().get(0)[article.columns().indexOf("content_hash")];
    }

    /**
     * Puts a removed article back as it was, in one transaction (its kept orphaned notes are taken
     * back too). Fails with {@link RestoreConflictException}, changing nothing, when its id or its text
     * is in the library again.
     */
    public void restore(Removed removed) {
        db.write(c -> {
            if (exists(c, "SELECT 1 FROM article WHERE id = ?", removed.id)) {
                throw new RestoreConflictException(removed.id, removed.title, RestoreConflictException.Reason.ID_TAKEN);
            }
            if (exists(c, "SELECT 1 FROM article WHERE content_hash = ?", removed.contentHash)) {
                throw new RestoreConflictException(removed.id, removed.title, RestoreConflictException.Reason.TEXT_PRESENT);
            }
            if (removed.notesKept) {
                OrphanNotes.discard(c, removed.contentHash);
            }
            Map<String, Map<Object, Object>> remapped = new HashMap<>();
            for (TableRows t : removed.tables) {
                insertRows(c, t, remapped, t.table().equals("article"));
            }
            for (Link l : removed.links) {
                Map<Object, Object> parent = remapped.get(l.parentTable());
                Object key = parent != null && parent.containsKey(l.parentKey()) ? parent.get(l.parentKey()) : l.parentKey();
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + quote(l.table()) + " SET " + quote(l.column())
                        + " = ? WHERE rowid = ? AND " + quote(l.column()) + " IS NULL")) {
                    ps.setObject(1, key);
                    ps.setLong(2, l.rowid());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Inserts a snapshot table's rows. Foreign keys to remapped parent rows follow them; an integer key
     * that is free again is kept, one that a later insert took is given a fresh value (never for the
     * article itself, whose id the caller checked).
     */
    static void insertRows(Connection c, TableRows t, Map<String, Map<Object, Object>> remapped, boolean keepKey)
            throws SQLException {
        int pkIndex = t.pk() == null ? -1 : t.columns().indexOf(t.pk());
        String cols = String.join(", ", t.columns().stream().map(ArticleRemoval::quote).toList());
        String marks = String.join(", ", t.columns().stream().map(x -> "?").toList());
        Map<Object, Object> mine = remapped.computeIfAbsent(t.table(), k -> new HashMap<>());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + quote(t.table()) + " (" + cols + ") VALUES (" + marks + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Object[] row : t.rows()) {
                Object[] values = row.clone();
                for (Fk fk : t.fks()) {
                    int i = t.columns().indexOf(fk.column());
                    Map<Object, Object> parent = remapped.get(fk.parentTable());
                    if (i >= 0 && parent != null && parent.containsKey(values[i])) {
                        values[i] = parent.get(values[i]);
                    }
                }
                boolean fresh = pkIndex >= 0 && !keepKey && values[pkIndex] != null
                        && exists(c, "SELECT 1 FROM " + quote(t.table()) + " WHERE " + quote(t.pk()) + " = ?", values[pkIndex]);
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, fresh && i == pkIndex ? null : values[i]);
                }
                ps.executeUpdate();
                if (pkIndex >= 0) {
                    Object key = values[pkIndex];
                    if (fresh) {
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            key = keys.getLong(1);
                        }
                    }
                    mine.put(row[pkIndex], key);
                }
            }
        }
    }

    /**
     * The article's row, then the rows of every table whose foreign key cascades from it (and from
     * those, down the tree), parents before children.
     */
    static List<TableRows> snapshot(Connection c, long articleId) throws SQLException {
        List<TableRows> out = new ArrayList<>();
        List<String[]> queue = new ArrayList<>(); // table, condition selecting its rows
        queue.add(new String[] {"article", "id = ?"});
        Set<String> seen = new LinkedHashSet<>();
        List<String> tables = tables(c);
        for (int q = 0; q < queue.size(); q++) {
            String table = queue.get(q)[0];
            String where = queue.get(q)[1];
            if (!seen.add(table)) {
                continue;
            }
            out.add(rows(c, table, where, articleId, snapshotFks(c, table, seen)));
            for (String child : tables) {
                for (Fk fk : foreignKeys(c, child, "CASCADE")) {
                    if (fk.parentTable().equalsIgnoreCase(table) && !seen.contains(child)) {
                        queue.add(new String[] {child, quote(fk.column()) + " IN (SELECT " + quote(fk.parentColumn())
                                + " FROM " + quote(table) + " WHERE " + where + ")"});
                    }
                }
            }
        }
        return out;
    }

    /** The rows outside the snapshot that point at its rows with a foreign key that deletion sets to NULL. */
    static List<Link> nulledLinks(Connection c, List<TableRows> snapshot) throws SQLException {
        List<Link> out = new ArrayList<>();
        List<String> tables = tables(c);
        for (TableRows t : snapshot) {
            for (String child : tables) {
                if (snapshot.stream().anyMatch(s -> s.table().equalsIgnoreCase(child))) {
                    continue; // its rows come back with their values
                }
                for (Fk fk : foreignKeys(c, child, "SET NULL")) {
                    int col = t.columns().indexOf(fk.parentColumn());
                    if (!fk.parentTable().equalsIgnoreCase(t.table()) || col < 0) {
                        continue;
                    }
                    try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM " + quote(child) + " WHERE "
                            + quote(fk.column()) + " = ?")) {
                        for (Object[] row : t.rows()) {
                            ps.setObject(1, row[col]);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    out.add(new Link(child, fk.column(), rs.getLong(1), t.table(), row[col]));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Fk> snapshotFks(Connection c, String table, Set<String> seen) throws SQLException {
        List<Fk> fks = new ArrayList<>();
        for (Fk fk : foreignKeys(c, table, null)) {
            if (seen.stream().anyMatch(s -> s.equalsIgnoreCase(fk.parentTable()))) {
                fks.add(fk);
            }
        }
        return fks;
    }

    private static TableRows rows(Connection c, String table, String where, long articleId, List<Fk> fks) throws SQLException {
        int params = where.split("\\?", -1).length - 1;
        String pk = rowidKey(c, table);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + quote(table) + " WHERE " + where
                + (pk == null ? "" : " ORDER BY " + quote(pk)))) {
            for (int i = 1; i <= params; i++) {
                ps.setLong(i, articleId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return new TableRows(table, pk, List.copyOf(columns), List.copyOf(fks), List.copyOf(rows));
            }
        }
    }

    /** The table's integer primary key column when it is the rowid, else null. */
    private static String rowidKey(Connection c, String table) throws SQLException {
        String pk = null;
        int pkColumns = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("pk") > 0) {
                    pkColumns++;
                    pk = "INTEGER".equalsIgnoreCase(rs.getString("type")) ? rs.getString("name") : null;
                }
            }
        }
        return pkColumns == 1 ? pk : null;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Single-column foreign keys of {@code table}; with {@code onDelete} ("CASCADE", "SET NULL") only those. */
    private static List<Fk> foreignKeys(Connection c, String table, String onDelete) throws SQLException {
        List<Fk> out = new ArrayList<>();
        Map<Integer, Integer> columnsPerKey = new HashMap<>();
        List<Object[]> raw = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + quote(table) + ")")) {
            while (rs.next()) {
                columnsPerKey.merge(rs.getInt("id"), 1, Integer::sum);
                raw.add(new Object[] {rs.getInt("id"), rs.getString("table"), rs.getString("from"), rs.getString("to"),
                        rs.getString("on_delete")});
            }
        }
        for (Object[] r : raw) {
            if (columnsPerKey.get((Integer) r[0]) == 1 && (onDelete == null || onDelete.equalsIgnoreCase((String) r[4]))) {
                out.add(new Fk((String) r[2], (String) r[1], r[3] == null ? "id" : (String) r[3]));
            }
        }
        return out;
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
