package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Article;
import org.newslens.model.ArticleMeta;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;
import org.newslens.model.NewArticle;

/** Article metadata and structure in the library, and libraries made before they were kept. */
class StructureStoreTest {
    @TempDir
    Path dir;

    private static final ArticleStructure STRUCTURE = new ArticleStructure(List.of(
            Block.of(Block.Kind.HEADING, 2, "Next steps"),
            new Block(Block.Kind.PARAGRAPH, 0, "Read the plan online.", List.of(new Block.Link(9, 13, "https://x.example/plan")), null),
            new Block(Block.Kind.IMAGE, 0, "A map", List.of(), "https://x.example/map.png"),
            Block.of(Block.Kind.ORDERED_ITEM, 2, "Nested item"),
            Block.of(Block.Kind.PREFORMATTED, 0, "a = 1\n  b = 2")));

    @Test
    void metadataAndStructureRoundTrip() {
        try (Database db = Database.open(dir.resolve("lib"))) {
            NewArticle a = new NewArticle("T", "https://x.example/a", null, STRUCTURE.plainText(),
                    new ArticleMeta("https://x.example/a", "X News", List.of("Ann Lee", "Bo Chan"), "en"), STRUCTURE);
            long id = db.write(c -> ArticleStore.insert(c, a, "h", false, null, Instant.now()));
            Article back = new ArticleStore(db).find(id).orElseThrow();
            assertEquals(STRUCTURE, back.structure());
            assertEquals(a.meta(), back.meta());
        }
    }

    @Test
    void aStoredStructureIsCheckedWhenRead() {
        String json = StructureJson.write(STRUCTURE);
        assertEquals(STRUCTURE, StructureJson.read(json, STRUCTURE.plainText()));
        assertNull(StructureJson.read(json, "another body"), "a structure that is not the body's is not used");
        assertNull(StructureJson.read("{not json", STRUCTURE.plainText()));
        assertNull(StructureJson.read("{\"v\":99,\"blocks\":[]}", ""));
        String hostile = json.replace("https://x.example/plan", "javascript:alert(1)").replace("https://x.example/map.png", "file:///etc/passwd");
        ArticleStructure read = StructureJson.read(hostile, STRUCTURE.plainText());
        assertEquals(List.of(), read.blocks().get(1).links(), "an unsafe link read back is dropped");
        assertNull(read.blocks().get(2).src());
    }

    @Test
    void aLibraryFromBeforeStructuresUpgradesAndItsArticlesReadAsBefore() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("old"));
        int previous = Migrations.ALL.size() - 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve(Database.FILE_NAME)); Statement s = c.createStatement()) {
            for (List<String> migration : Migrations.ALL.subList(0, previous)) {
                for (String sql : migration) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA user_version = " + previous);
            s.executeUpdate("INSERT INTO article(title, source, published, imported_at, body, content_hash) "
                    + "VALUES ('Old', 'wire', '2020-01-02', '2020-01-02T00:00:00Z', 'First.\n\nSecond.', 'h1')");
        }
        try (Database db = Database.open(lib)) {
            Article old = new ArticleStore(db).find(1).orElseThrow();
            assertEquals("First.\n\nSecond.", old.body());
            assertNull(old.structure());
            assertTrue(old.meta().isEmpty());
            long id = db.write(c -> ArticleStore.insert(c, new NewArticle("New", "s", null, STRUCTURE.plainText(),
                    ArticleMeta.NONE, STRUCTURE), "h2", false, null, Instant.now()));
            assertEquals(STRUCTURE, new ArticleStore(db).find(id).orElseThrow().structure());
            int version = db.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(Migrations.ALL.size(), version);
        }
    }
}
