package org.newslens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** The {@code export_file} table: the files NewsLens exported, each with the hash of what was written. */
public final class ExportFileRepository {
    /** One exported file. {@code articleId} is null for a file of several articles. */
    public record Record(Path path, Path folder, Long articleId, String sha256, Instant exportedAt) {
    }

    private final Database db;

    public ExportFileRepository(Database db) {
        this.db = db;
    }

    public Optional<Record> find(Path file) {
        return db.read(c -> one(c, "SELECT path, folder, article_id, sha256, exported_at FROM export_file WHERE path = ?",
                key(file), null));
    }

    /** The file this folder's previous export wrote for the article, if any. */
    public Optional<Record> forArticle(Path folder, long articleId) {
        return db.read(c -> one(c, "SELECT path, folder, article_id, sha256, exported_at FROM export_file WHERE folder = ? AND article_id = ?"
                + " ORDER BY exported_at DESC LIMIT 1", key(folder), articleId));
    }

    /** Records (or re-records) a file written by an export. */
    public void put(Path file, Long articleId, String sha256, Instant at) {
        Path f = file.toAbsolutePath().normalize();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO export_file(path, folder, article_id, sha256, exported_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET folder = excluded.folder, article_id = excluded.article_id,
                      sha256 = excluded.sha256, exported_at = excluded.exported_at""")) {
                ps.setString(1, f.toString());
                ps.setString(2, f.getParent().toString());
                if (articleId == null) {
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setLong(3, articleId);
                }
                ps.setString(4, sha256);
                ps.setString(5, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static Optional<Record> one(Connection c, String sql, String first, Long second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, first);
            if (second != null) {
                ps.setLong(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(3);
                Long articleId = rs.wasNull() ? null : id;
                return Optional.of(new Record(Path.of(rs.getString(1)), Path.of(rs.getString(2)), articleId, rs.getString(4),
                        Instant.parse(rs.getString(5))));
            }
        }
    }
}
