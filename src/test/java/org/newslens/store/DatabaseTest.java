package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.NewArticle;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyLibraryToTheLatestSchema() {
        try (Database db = Database.open(dir)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            List<String> tables = db.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            });
            for (String t : List.of("article", "article_fts", "actor", "actor_key", "article_actor", "mention",
                    "date_mention", "date_actor", "quote", "note", "highlight", "meta")) {
                assertTrue(tables.contains(t), "missing table " + t + " in " + tables);
            }
            String mode = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("wal", mode);
        }
        // Reopening runs no migration and keeps the version.
        try (Database db = Database.open(dir)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
        }
    }

    @Test
    void fullTextIndexFollowsInserts() {
        try (Database db = Database.open(dir)) {
            db.write(c -> ArticleStore.insert(c, new NewArticle("Talks in London", "x", LocalDate.of(2025, 4, 22),
                    "Ministers from Kyiv and Washington met."), "h1", false, null, Instant.now()));
            long hits = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'kyiv'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1, hits);
        }
    }

    @Test
    void aFailedWriteRollsBackEverything() {
        try (Database db = Database.open(dir)) {
            ArticleStore store = new ArticleStore(db);
            RuntimeException e = assertThrows(RuntimeException.class, () -> db.write(c -> {
                ArticleStore.insert(c, new NewArticle("A", "x", null, "Body."), "h", false, null, Instant.now());
                throw new IllegalStateException("boom after insert");
            }));
            assertEquals("boom after insert", e.getMessage());
            assertEquals(0, store.count());
        }
    }

    @Test
    void refusesALibraryFromANewerNewsLensWithoutChangingIt() throws Exception {
        Database.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        LibraryException e = assertThrows(LibraryException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("newer NewsLens"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Files.writeString(file, "these are my notes, not a database\n".repeat(20));
        byte[] before = Files.readAllBytes(file);
        LibraryException e = assertThrows(LibraryException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("not a NewsLens library"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesACorruptLibraryWithAClearMessage() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] junk = new byte[8192];
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, junk, 0, magic.length);
        for (int i = magic.length; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, junk);
        LibraryException e = assertThrows(LibraryException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a NewsLens library"), e.getMessage());
    }

    @Test
    void refusesAFileGivenAsTheLibraryFolder() throws Exception {
        Path notADir = dir.resolve("lib.txt");
        Files.writeString(notADir, "x");
        LibraryException e = assertThrows(LibraryException.class, () -> Database.open(notADir));
        assertTrue(e.getMessage().contains("not a library folder"), e.getMessage());
        assertEquals(LibraryException.Kind.NOT_A_FOLDER, e.kind());
        assertTrue(!e.getMessage().contains("--library"), "the core writes no command-line wording: " + e.getMessage());
    }

    @Test
    void twoProcessesLikeConnectionsCanWriteAtOnce() throws Exception {
        // Two Database objects on one file stand for the window and the command line.
        try (Database a = Database.open(dir); Database b = Database.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Database db = t == 0 ? a : b;
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        db.write(c -> ArticleStore.insert(c, new NewArticle("T" + thread + "-" + n, "x", null, "Body " + n),
                                "h" + thread + "-" + n, false, null, Instant.now()));
                        new ArticleStore(db).count();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertEquals(50, new ArticleStore(a).count());
        }
    }

    @Test
    void otherProcessVersionMovesForAnotherConnectionsCommitsOnly(@TempDir Path lib) {
        try (Database db = Database.open(lib); Database other = Database.open(lib)) {
            long v0 = db.otherProcessVersion();
            db.write(c -> {
                MetaStore.put(c, "k", "mine");
                return null;
            });
            assertEquals(v0, db.otherProcessVersion(), "our own write");
            other.write(c -> {
                MetaStore.put(c, "k", "theirs");
                return null;
            });
            long v1 = db.otherProcessVersion();
            org.junit.jupiter.api.Assertions.assertNotEquals(v0, v1, "another connection's commit");
            assertEquals(v1, db.otherProcessVersion());
        }
    }
}
