package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.ExtractedQuote;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleExtraction.ArticleActor;
import org.newslens.model.ArticleExtraction.DateMention;
import org.newslens.model.ArticleExtraction.QuoteMention;
import org.newslens.model.ArticleExtraction.TextSpan;

/** Stores an article's extraction (inside the article's own transaction) and reads it back. */
public final class ExtractionStore {
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:$|T.*)");

    private final Database db;

    public ExtractionStore(Database db) {
        this.db = db;
    }

    /** Replaces the stored extraction of {@code articleId}. Call inside a write. */
    /** {@link #save(Connection, long, String, Extraction, String)} on a transaction. */
    public static void save(Tx tx, long articleId, String bodyForLength, Extraction e, String extractorVersion) {
        tx.sql(c -> {
            save(c, articleId, bodyForLength, e, extractorVersion);
            return null;
        });
    }

    public static void save(Connection c, long articleId, String bodyForLength, Extraction e, String extractorVersion)
            throws SQLException {
        clear(c, articleId);
        String published;
        boolean inferred;
        try (PreparedStatement ps = c.prepareStatement("SELECT published, published_inferred FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no article #" + articleId);
                }
                published = rs.getString(1);
                inferred = rs.getInt(2) != 0;
            }
        }
        if ((published == null || inferred) && e.published() != null && e.publishedInferred()) {
            published = e.published().toString();
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET published = ?, published_inferred = 1 WHERE id = ?")) {
                ps.setString(1, published);
                ps.setLong(2, articleId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET extractor_version = ? WHERE id = ?")) {
            ps.setString(1, extractorVersion);
            ps.setLong(2, articleId);
            ps.executeUpdate();
        }

        int length = Math.max(1, bodyForLength.length());
        Map<String, Long> idsByName = new HashMap<>();
        try (PreparedStatement aa = c.prepareStatement("""
                INSERT INTO article_actor(article_id, actor_id, published, name, aliases, roles, mention_count, salience)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(article_id, actor_id) DO UPDATE SET
                  mention_count = mention_count + excluded.mention_count, salience = salience + excluded.salience""");
             PreparedStatement m = c.prepareStatement("INSERT INTO mention(article_id, actor_id, start, end, text) VALUES (?, ?, ?, ?, ?)")) {
            for (ExtractedActor a : e.actors()) {
                long actorId = ActorStore.resolve(c, a.type(), a.name());
                idsByName.putIfAbsent(a.name(), actorId);
                int first = a.mentions().stream().mapToInt(Span::start).min().orElse(length);
                double salience = a.mentions().size() + (1.0 - (double) first / length);
                aa.setLong(1, articleId);
                aa.setLong(2, actorId);
                setNullable(aa, 3, published);
                aa.setString(4, a.name());
                aa.setString(5, JsonLists.write(a.aliases()));
                aa.setString(6, JsonLists.write(a.roles()));
                aa.setInt(7, a.mentions().size());
                aa.setDouble(8, salience);
                aa.executeUpdate();
                for (Span s : a.mentions()) {
                    m.setLong(1, articleId);
                    m.setLong(2, actorId);
                    m.setInt(3, s.start());
                    m.setInt(4, s.end());
                    m.setString(5, s.text());
                    m.addBatch();
                }
            }
            m.executeBatch();
        }
        try (PreparedStatement d = c.prepareStatement("""
                INSERT INTO date_mention(article_id, start, end, text, value, type, day, sentence_start, sentence_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS);
             PreparedStatement da = c.prepareStatement("INSERT OR IGNORE INTO date_actor(date_id, actor_id) VALUES (?, ?)")) {
            for (ExtractedDate x : e.dates()) {
                d.setLong(1, articleId);
                d.setInt(2, x.start());
                d.setInt(3, x.end());
                d.setString(4, x.text());
                d.setString(5, x.value());
                d.setString(6, x.type());
                setNullable(d, 7, "DATE".equals(x.type()) && DAY_VALUE.matcher(x.value()).matches() ? x.value().substring(0, 10) : null);
                d.setInt(8, x.sentenceStart());
                d.setInt(9, x.sentenceEnd());
                d.executeUpdate();
                long dateId;
                try (ResultSet rs = d.getGeneratedKeys()) {
                    rs.next();
                    dateId = rs.getLong(1);
                }
                for (String name : x.actors()) {
                    Long actorId = idsByName.get(name);
                    if (actorId != null) {
                        da.setLong(1, dateId);
                        da.setLong(2, actorId);
                        da.executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement(
                "INSERT INTO quote(article_id, start, end, text, speaker_actor_id, speaker) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ExtractedQuote x : e.quotes()) {
                q.setLong(1, articleId);
                q.setInt(2, x.start());
                q.setInt(3, x.end());
                q.setString(4, x.text());
                Long speakerId = x.speaker() == null ? null : idsByName.get(x.speaker());
                if (speakerId == null) {
                    q.setNull(5, Types.INTEGER);
                } else {
                    q.setLong(5, speakerId);
                }
                setNullable(q, 6, x.speaker());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /** Removes an article's extraction rows (before re-extraction). */
    public static void clear(Connection c, long articleId) throws SQLException {
        for (String table : List.of("mention", "date_mention", "quote", "article_actor")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    /** The stored extraction of one article: actors by salience, dates and quotes in text order. */
    public ArticleExtraction load(long articleId) {
        return db.read(c -> {
            Map<Long, List<TextSpan>> mentions = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, start, end, text FROM mention WHERE article_id = ? ORDER BY start")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new TextSpan(rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            List<ArticleActor> actors = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT aa.actor_id, a.type, CASE WHEN a.renamed THEN a.name ELSE aa.name END, aa.aliases, aa.roles,
                           aa.mention_count, aa.salience, a.hidden
                    FROM article_actor aa JOIN actor a ON a.id = aa.actor_id
                    WHERE aa.article_id = ? ORDER BY aa.salience DESC""")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        names.put(id, rs.getString(3));
                        actors.add(new ArticleActor(id, rs.getString(2), rs.getString(3), JsonLists.read(rs.getString(4)), JsonLists.read(rs.getString(5)),
                                rs.getInt(6), rs.getDouble(7), rs.getInt(8) != 0, List.copyOf(mentions.getOrDefault(id, List.of()))));
                    }
                }
            }
            Map<Long, List<String>> dateActors = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT da.date_id, da.actor_id FROM date_actor da JOIN date_mention d ON d.id = da.date_id WHERE d.article_id = ?""")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String n = names.get(rs.getLong(2));
                        if (n != null) {
                            dateActors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(n);
                        }
                    }
                }
            }
            List<DateMention> dates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, text, value, type, day, start, end, sentence_start, sentence_end
                    FROM date_mention WHERE article_id = ? ORDER BY start""")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        dates.add(new DateMention(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), List.copyOf(dateActors.getOrDefault(id, List.of()))));
                    }
                }
            }
            List<QuoteMention> quotes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT speaker, speaker_actor_id, text, start, end FROM quote WHERE article_id = ? ORDER BY start")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long sid = rs.getLong(2);
                        Long speakerId = rs.wasNull() ? null : sid;
                        String speaker = speakerId != null && names.containsKey(speakerId) ? names.get(speakerId) : rs.getString(1);
                        quotes.add(new QuoteMention(speaker, speakerId, rs.getString(3), rs.getInt(4), rs.getInt(5)));
                    }
                }
            }
            return new ArticleExtraction(actors, dates, quotes);
        });
    }

    private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
