package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Article;
import org.newslens.model.ArticleFilter;
import org.newslens.model.SearchPage;

/**
 * A library written by the first schema version (the committed fixture, built by {@link SchemaV1Fixture}
 * with migration 1 only) opens in this build: every later migration runs, and every row is still there.
 */
class OldLibraryUpgradeTest {
    @TempDir
    Path dir;

    private Path copyFixture() throws Exception {
        try (InputStream in = OldLibraryUpgradeTest.class.getResourceAsStream(SchemaV1Fixture.RESOURCE)) {
            assertNotNull(in, "fixture " + SchemaV1Fixture.RESOURCE + " missing: run SchemaV1Fixture");
            Path file = dir.resolve(Database.FILE_NAME);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void theFixtureIsAVersionOneLibrary() throws Exception {
        Path file = copyFixture();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(1L, single(c, "PRAGMA user_version"));
            assertEquals(0L, single(c, "SELECT count(*) FROM sqlite_master WHERE name = 'export_file'"));
        }
    }

    @Test
    void aVersionOneLibraryIsUpgradedWithItsDataIntact() throws Exception {
        copyFixture();
        try (Database db = Database.open(dir)) {
            assertEquals(Migrations.ALL.size(), db.schemaVersion());
            Article a = new ArticleStore(db).find(1).orElseThrow();
            assertEquals("Talks in Oslo", a.title());
            assertEquals(SchemaV1Fixture.BODY, a.body());
            assertEquals(LocalDate.of(2025, 4, 22), a.published());
            assertEquals(2, new ArticleStore(db).count());

            db.read(c -> {
                assertEquals(3L, single(c, "SELECT count(*) FROM actor"));
                assertEquals(1L, single(c, "SELECT actor_id FROM actor_key WHERE name_key = 'm lindqvist'"));
                assertEquals(3L, single(c, "SELECT count(*) FROM article_actor WHERE article_id = 1"));
                assertEquals(List.of("Maria Lindqvist", "Tom Berger", "Oslo"),
                        strings(c, "SELECT text FROM mention WHERE article_id = 1 ORDER BY start"));
                assertEquals(List.of("2025-04-21"), strings(c, "SELECT day FROM date_mention"));
                assertEquals(2L, single(c, "SELECT count(*) FROM date_actor WHERE date_id = 1"));
                assertEquals(List.of("Maria Lindqvist"), strings(c, "SELECT speaker FROM quote"));
                assertEquals(List.of("# Oslo\n\nAsk Berger about the **resumed** talks."), strings(c, "SELECT body FROM note"));
                assertEquals(List.of("Tom Berger|who is he?|[\"people\"]|0"),
                        strings(c, "SELECT quote || '|' || comment || '|' || tags || '|' || orphaned FROM highlight"));
                assertEquals(List.of("schema-v1-fixture"), strings(c, "SELECT value FROM meta WHERE key = 'created_by'"));
                assertEquals(0L, single(c, "SELECT count(*) FROM export_file"));
                assertEquals(List.of("ok"), strings(c, "PRAGMA integrity_check"));
                return null;
            });

            // The full-text index written by version 1 still answers, through the current search.
            SearchPage hits = new ArticleSearch(db).search(ArticleFilter.none().withQuery("Berger"), 10, 0);
            assertEquals(1, hits.total());
            assertEquals(1L, hits.hits().get(0).article().id());
        }
        // Opening again runs nothing and changes nothing.
        try (Database db = Database.open(dir)) {
            assertEquals(Migrations.ALL.size(), db.schemaVersion());
            assertTrue(new ArticleStore(db).find(2).isPresent());
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
