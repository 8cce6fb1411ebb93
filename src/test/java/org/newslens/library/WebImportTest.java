package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.model.Article;
import org.newslens.model.Block;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;

/** .html and .md files through the importer: stored with their structure and metadata, or refused cleanly. */
class WebImportTest {
    @TempDir
    Path tmp;
    Path files;
    Database db;
    ArticleStore store;
    /** The published date each body was analysed with. */
    final Map<String, String> analysedWith = new ConcurrentHashMap<>();

    @BeforeEach
    void open() throws Exception {
        files = Files.createDirectories(tmp.resolve("in"));
        db = Database.open(tmp.resolve("lib"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportService importer() {
        Extractor recording = new Extractor() {
            @Override
            public Extraction extract(String body, LocalDate published) {
                analysedWith.put(body, String.valueOf(published));
                return new Extraction(published, false, List.of(), List.of(), List.of());
            }

            @Override
            public String version() {
                return "test";
            }
        };
        return new ImportService(db, recording, 1, Clock.systemUTC());
    }

    @Test
    void aFolderOfPagesAndMarkdownImportsWithStructure() throws Exception {
        Files.write(files.resolve("bridge.html"), WebAndMarkdownFileTest.resource("web/bridge.html"));
        Files.write(files.resolve("budget.md"), WebAndMarkdownFileTest.resource("md/budget.md"));
        Files.writeString(files.resolve("plain.txt"), "A plain *text* file.");
        ImportReport r = importer().importPaths(List.of(files), TaskContext.none());
        assertEquals(3, r.imported(), r.toString());

        Article page = byTitle("Council approves the new bridge");
        assertNotNull(page.structure(), "the page's structure is stored");
        assertEquals(page.structure().plainText(), page.body());
        assertTrue(page.structure().blocks().stream().anyMatch(b -> b.kind() == Block.Kind.HEADING));

        Article md = byTitle("Budget talks resume");
        assertEquals(List.of("Jo Park", "Sam Reyes"), md.meta().authors());
        assertEquals("Capital Notes", md.meta().site());
        assertEquals("https://notes.example/budget", md.meta().url());
        assertEquals(md.structure().plainText(), md.body());
        assertEquals("https://notes.example/ortiz", md.structure().blocks().get(0).links().get(0).href());
        assertEquals("2025-06-02", analysedWith.get(md.body()), "front matter's date feeds extraction");

        Article txt = byTitle("A plain *text* file.");
        assertEquals(null, txt.structure());
        assertTrue(txt.meta().isEmpty());
    }

    @Test
    void aPageWithoutArticleTextFailsAndLeavesTheLibraryAsItWas() throws Exception {
        Files.writeString(files.resolve("good.txt"), "A good article.");
        importer().importPaths(List.of(files.resolve("good.txt")), TaskContext.none());
        Files.write(files.resolve("app.html"), WebAndMarkdownFileTest.resource("web/empty-page.html"));
        Path garbled = files.resolve("garbage.htm");
        Files.write(garbled, new byte[] {0, 1, 2, 3, 0, 0, 7, 8});

        ImportReport r = importer().importPaths(List.of(files.resolve("app.html"), garbled), TaskContext.none());
        assertEquals(0, r.imported());
        assertEquals(2, r.failed());
        assertEquals("no article text found in the page", r.outcomes().get(0).reason());
        assertEquals("binary file, not text", r.outcomes().get(1).reason());
        assertEquals(1, store.count(), "the library is unchanged");
    }

    @Test
    void aSavedCompletePageImportsWithoutItsAssetFolder() throws Exception {
        Files.write(files.resolve("bridge.html"), WebAndMarkdownFileTest.resource("web/bridge.html"));
        Path assets = Files.createDirectories(files.resolve("bridge_files"));
        Files.writeString(assets.resolve("ad.html"), "<html><body><p>Buy the best shoes in town today, the advert says.</p></body></html>");
        Path other = Files.createDirectories(files.resolve("misc_files"));
        Files.writeString(other.resolve("kept.html"), "<html><body><p>A page of its own, the archive says: the old harbour wall was rebuilt in stone after the winter storms.</p></body></html>");
        ImportReport r = importer().importPaths(List.of(files), TaskContext.none());
        assertEquals(2, r.imported(), r.toString());
        assertTrue(store.listAll().stream().noneMatch(s -> s.title().contains("shoes")));
    }

    @Test
    void aCatalogDateOverridesAPageAsItDoesAFile() throws Exception {
        String html = "<html><head><title>Vote</title></head><body><p>The vote was held on Tuesday, officials said, and the new council will meet for the first time next week.</p></body></html>";
        Files.write(files.resolve("vote.html"), html.getBytes(StandardCharsets.UTF_8));
        Files.writeString(files.resolve(Catalog.FILE_NAME),
                "{\"articles\": [{\"file\": \"vote.html\", \"published\": \"2024-11-05\"}]}");
        importer().importPaths(List.of(files), TaskContext.none());
        Article a = byTitle("Vote");
        assertEquals(LocalDate.of(2024, 11, 5), a.published());
        assertEquals("2024-11-05", analysedWith.get(a.body()));
    }

    private Article byTitle(String prefix) {
        long id = store.listAll().stream().filter(s -> s.title().startsWith(prefix)).findFirst().orElseThrow().id();
        return store.find(id).orElseThrow();
    }
}
