package org.newslens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Queries across notes and highlights: which articles carry annotations, and a person's articles. */
public final class AnnotationRepository {
    private final Database db;

    public AnnotationRepository(Database db) {
        this.db = db;
    }

    /**
     * Articles that have a note or a highlight, newest published first (unknown dates last), narrowed by
     * each criterion that is not null: one article; a published-date range; any of {@code actorIds}
     * mentioned; and {@code likePattern} (a lower-case SQL LIKE pattern with {@code \} as escape) found in
     * the note, a highlight's quote, comment or tags, or {@code ftsQuery} matching the article's text.
     */
    public List<Long> annotatedArticles(Long articleId, LocalDate from, LocalDate to, List<Long> actorIds,
                                        String likePattern, String ftsQuery) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id FROM article a
                    WHERE (EXISTS (SELECT 1 FROM note n WHERE n.article_id = a.id)
                           OR EXISTS (SELECT 1 FROM highlight h WHERE h.article_id = a.id))
                      AND (?1 IS NULL OR a.id = ?1)
                      AND (?2 IS NULL OR a.published >= ?2)
                      AND (?3 IS NULL OR a.published <= ?3)
                      AND (?4 IS NULL OR a.id IN (SELECT article_id FROM article_actor
                                                  WHERE actor_id IN (SELECT value FROM json_each(?4))))
                      AND (?5 IS NULL
                           OR (?6 IS NOT NULL AND a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?6))
                           OR EXISTS (SELECT 1 FROM note n WHERE n.article_id = a.id AND lower(n.body) LIKE ?5 ESCAPE '\\')
                           OR EXISTS (SELECT 1 FROM highlight h WHERE h.article_id = a.id
                                      AND (lower(h.quote) LIKE ?5 ESCAPE '\\' OR lower(h.comment) LIKE ?5 ESCAPE '\\'
                                           OR lower(h.tags) LIKE ?5 ESCAPE '\\')))
                    ORDER BY a.published IS NULL, a.published DESC, a.id DESC""")) {
                if (articleId == null) {
                    ps.setNull(1, Types.INTEGER);
                } else {
                    ps.setLong(1, articleId);
                }
                ps.setString(2, from == null ? null : from.toString());
                ps.setString(3, to == null ? null : to.toString());
                ps.setString(4, actorIds == null ? null : actorIds.toString());
                ps.setString(5, likePattern);
                ps.setString(6, ftsQuery);
                return ids(ps);
            }
        });
    }

    /** The articles mentioning the actor, newest published first (unknown dates last). */
    public List<Long> articlesMentioning(long actorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id FROM article_actor WHERE actor_id = ? ORDER BY published IS NULL, published DESC, article_id DESC")) {
                ps.setLong(1, actorId);
                return ids(ps);
            }
        });
    }

    private static List<Long> ids(PreparedStatement ps) throws java.sql.SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
