package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.newslens.model.Article;
import org.newslens.model.ArticleMeta;
import org.newslens.model.ArticleSummary;
import org.newslens.model.NewArticle;

/** Articles: insert, look up, list newest first. Returns immutable records. */
public final class ArticleStore {
    private static final String SUMMARY_COLUMNS = "id, title, source, published, imported_at";

    private final Database db;

    public ArticleStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /** The id of a stored article with this content hash, if any. Call inside a write to be race-free. */
    public static OptionalLong findByHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Inserts an article on the given (transactional) connection; returns its id. */
    public static long insert(Connection c, NewArticle a, String contentHash, boolean publishedInferred,
                              String extractorVersion, Instant importedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article(title, source, published, published_inferred, imported_at, body, content_hash, extractor_version,
                                    url, site, authors, language, structure)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.title());
            ps.setString(2, a.source());
            setDate(ps, 3, a.published());
            ps.setInt(4, publishedInferred ? 1 : 0);
            ps.setString(5, importedAt.toString());
            ps.setString(6, a.body());
            ps.setString(7, contentHash);
            if (extractorVersion == null) {
                ps.setNull(8, Types.VARCHAR);
            } else {
                ps.setString(8, extractorVersion);
            }
            ArticleMeta m = a.meta();
            ps.setString(9, m.url());
            ps.setString(10, m.site());
            ps.setString(11, StructureJson.writeAuthors(m.authors()));
            ps.setString(12, m.language());
            ps.setString(13, StructureJson.write(a.structure()));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            OrphanNotes.reattach(c, id, contentHash); // notes kept when this text was removed come back
            return id;
        }
    }

    public Optional<Article> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, title, source, published, published_inferred, imported_at, body, content_hash, extractor_version,
                           url, site, authors, language, structure
                    FROM article WHERE id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String body = rs.getString(7);
                    ArticleMeta meta = new ArticleMeta(rs.getString(10), rs.getString(11),
                            StructureJson.readAuthors(rs.getString(12)), rs.getString(13));
                    return Optional.of(new Article(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                            rs.getInt(5) != 0, Instant.parse(rs.getString(6)), body, rs.getString(8), rs.getString(9),
                            meta, StructureJson.read(rs.getString(14), body)));
                }
            }
        });
    }

    /** All articles, newest published first (unknown dates last), then newest imported. */
    public List<ArticleSummary> listNewestFirst(int limit, int offset) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM article ORDER BY published DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return summaries(ps);
            }
        });
    }

    public List<ArticleSummary> listAll() {
        return listNewestFirst(Integer.MAX_VALUE, 0);
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** {@link #findByHash(Connection, String)} on a transaction. */
    public static OptionalLong findByHash(Tx tx, String contentHash) {
        return tx.sql(c -> findByHash(c, contentHash));
    }

    /** {@link #insert(Connection, NewArticle, String, boolean, String, Instant)} on a transaction. */
    public static long insert(Tx tx, NewArticle a, String contentHash, boolean publishedInferred,
                              String extractorVersion, Instant importedAt) {
        return tx.sql(c -> insert(c, a, contentHash, publishedInferred, extractorVersion, importedAt));
    }

    /** The body of an article; IllegalArgumentException when there is no such article. */
    public static String body(Tx tx, long articleId) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no article with id " + articleId);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** Throws IllegalArgumentException unless the article exists. */
    public static void requireArticle(Tx tx, long articleId) {
        tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no article with id " + articleId);
                    }
                }
            }
            return null;
        });
    }

    /** The one article with this title and published date (null: unknown), or empty when none or several. */
    public static OptionalLong findOnlyByTitle(Tx tx, String title, LocalDate published) {
        return tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE title = ? AND published IS ? LIMIT 2")) {
                ps.setString(1, title);
                ps.setString(2, published == null ? null : published.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        return rs.next() ? OptionalLong.empty() : OptionalLong.of(id);
                    }
                }
            }
            return OptionalLong.empty();
        });
    }

    /** Ids of the articles to analyse again: all, or those extracted by another engine version (or none), by id. */
    public List<Long> idsToReextract(boolean all, String extractorVersion) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM article WHERE ? OR extractor_version IS NULL OR extractor_version <> ? ORDER BY id")) {
                ps.setBoolean(1, all);
                ps.setString(2, extractorVersion);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    /** Sets (or clears, with null) an article's published date, as given by the user (not inferred). */
    public static void setPublished(Tx tx, long articleId, LocalDate published) {
        tx.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET published = ?, published_inferred = 0 WHERE id = ?")) {
                ps.setString(1, published == null ? null : published.toString());
                ps.setLong(2, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    static List<ArticleSummary> summaries(PreparedStatement ps) throws SQLException {
        List<ArticleSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                        Instant.parse(rs.getString(5))));
            }
        }
        return List.copyOf(out);
    }

    static void setDate(PreparedStatement ps, int index, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, d.toString());
        }
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
