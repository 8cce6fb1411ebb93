package org.newslens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds {@code src/test/resources/org/newslens/store/library-v1.sqlite}: a library as the first
 * release wrote it (migration 1 only, {@code user_version = 1}), with one row in every table, for
 * {@link OldLibraryUpgradeTest}. Rebuild (only if the fixture is lost; never to follow a new migration):
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.newslens.store.SchemaV1Fixture -Dexec.classpathScope=test}.
 */
public final class SchemaV1Fixture {
    static final String RESOURCE = "/org/newslens/store/library-v1.sqlite";
    static final String BODY = "Maria Lindqvist met Tom Berger in Oslo on Monday, April 21. "
            + "\"It went well,\" Lindqvist said. The talks resume tomorrow.";

    private SchemaV1Fixture() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/newslens/store/library-v1.sqlite");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.deleteIfExists(out);
        write(out);
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    static void write(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE"); // one self-contained file, no -wal beside it
            for (String sql : Migrations.ALL.get(0)) s.executeUpdate(sql);
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO meta(key, value) VALUES ('created_by', 'schema-v1-fixture')");
            s.executeUpdate("INSERT INTO article(id, title, source, published, published_inferred, imported_at, body,"
                    + " content_hash, extractor_version) VALUES (1, 'Talks in Oslo', 'fixture.txt', '2025-04-22', 0,"
                    + " '2025-04-22T10:00:00Z', '" + BODY.replace("'", "''") + "', 'hash-1', 'nlp-1')");
            s.executeUpdate("INSERT INTO article(id, title, source, published, published_inferred, imported_at, body,"
                    + " content_hash, extractor_version) VALUES (2, 'Undated', 'undated.md', NULL, 0,"
                    + " '2025-04-23T10:00:00Z', 'A short text about nothing in particular.', 'hash-2', 'nlp-1')");
            s.executeUpdate("INSERT INTO actor(id, type, name, name_key) VALUES (1, 'PERSON', 'Maria Lindqvist', 'maria lindqvist')");
            s.executeUpdate("INSERT INTO actor(id, type, name, name_key) VALUES (2, 'PERSON', 'Tom Berger', 'tom berger')");
            s.executeUpdate("INSERT INTO actor(id, type, name, name_key) VALUES (3, 'LOCATION', 'Oslo', 'oslo')");
            s.executeUpdate("INSERT INTO actor_key(type, name_key, actor_id) VALUES ('PERSON', 'm lindqvist', 1)");
            s.executeUpdate("INSERT INTO article_actor(article_id, actor_id, published, name, aliases, roles, mention_count, salience)"
                    + " VALUES (1, 1, '2025-04-22', 'Maria Lindqvist', '[\"Lindqvist\"]', '[]', 2, 0.6),"
                    + " (1, 2, '2025-04-22', 'Tom Berger', '[]', '[]', 1, 0.3),"
                    + " (1, 3, '2025-04-22', 'Oslo', '[]', '[]', 1, 0.1)");
            s.executeUpdate("INSERT INTO mention(article_id, actor_id, start, end, text) VALUES"
                    + " (1, 1, 0, 15, 'Maria Lindqvist'), (1, 2, 20, 30, 'Tom Berger'), (1, 3, 34, 38, 'Oslo')");
            s.executeUpdate("INSERT INTO date_mention(id, article_id, start, end, text, value, type, day, sentence_start, sentence_end)"
                    + " VALUES (1, 1, 42, 58, 'Monday, April 21', '2025-04-21', 'DATE', '2025-04-21', 0, 59)");
            s.executeUpdate("INSERT INTO date_actor(date_id, actor_id) VALUES (1, 1), (1, 2)");
            s.executeUpdate("INSERT INTO quote(article_id, start, end, text, speaker_actor_id, speaker)"
                    + " VALUES (1, 61, 74, 'It went well,', 1, 'Maria Lindqvist')");
            s.executeUpdate("INSERT INTO note(article_id, body, updated_at) VALUES (1, '# Oslo\n\nAsk Berger about the **resumed** talks.', '2025-04-22T11:00:00Z')");
            s.executeUpdate("INSERT INTO highlight(id, article_id, start, end, quote, prefix, suffix, comment, tags, created_at, updated_at)"
                    + " VALUES (1, 1, 20, 30, 'Tom Berger', 'Lindqvist met ', ' in Oslo', 'who is he?', '[\"people\"]',"
                    + " '2025-04-22T11:00:00Z', '2025-04-22T11:00:00Z')");
        }
    }
}
