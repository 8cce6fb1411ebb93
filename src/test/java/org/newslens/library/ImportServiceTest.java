package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Article;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;

class ImportServiceTest {
    @TempDir
    Path tmp;
    Path files;
    Database db;
    ArticleStore store;
    ImportService importer;

    @BeforeEach
    void open() throws Exception {
        files = Files.createDirectories(tmp.resolve("in"));
        db = Database.open(tmp.resolve("lib"));
        store = new ArticleStore(db);
        importer = new ImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importsAFolderNewestFirstAndReImportIsANoOp() throws Exception {
        Files.writeString(files.resolve("a.md"), "---\ntitle: Old news\npublished: 2001-01-01\n---\nOld body.");
        Files.writeString(files.resolve("b.txt"), "New body. More.");
        Files.createDirectories(files.resolve("sub"));
        Files.writeString(files.resolve("sub/c.md"), "---\npublished: 2020-05-05\n---\n# Middle\nMiddle body.");
        Files.writeString(files.resolve("ignored.pdf"), "not an article");
        Files.createDirectories(files.resolve(".hidden"));
        Files.writeString(files.resolve(".hidden/d.md"), "Hidden body.");

        ImportReport first = importer.importPaths(List.of(files), TaskContext.none());
        assertEquals(3, first.imported(), first.toString());
        assertEquals(0, first.failed());
        List<ArticleSummary> list = store.listAll();
        assertEquals(List.of("Middle", "Old news", "New body."), list.stream().map(ArticleSummary::title).toList());

        ImportReport again = importer.importPaths(List.of(files), TaskContext.none());
        assertEquals(0, again.imported());
        assertEquals(3, again.duplicates());
        assertEquals(3, store.count());
        assertEquals("0 imported, 3 duplicates, 0 failed", again.headline());
    }

    @Test
    void sameTextUnderAnotherNameIsADuplicate() throws Exception {
        Files.writeString(files.resolve("one.txt"), "Same words.");
        Files.writeString(files.resolve("two.txt"), "Same words.");
        ImportReport r = importer.importPaths(List.of(files.resolve("one.txt"), files.resolve("two.txt")), TaskContext.none());
        assertEquals(1, r.imported());
        assertEquals(1, r.duplicates());
        assertEquals(r.outcomes().get(0).articleId(), r.outcomes().get(1).articleId());
    }

    @Test
    void badFilesFailWithReasonsAndLeaveTheLibraryAsItWas() throws Exception {
        Files.writeString(files.resolve("good.txt"), "A good article.");
        Files.write(files.resolve("empty.txt"), new byte[0]);
        Files.write(files.resolve("binary.txt"), new byte[] {1, 2, 0, 0, 5, 6, 7, 0});
        Files.writeString(files.resolve("baddate.md"), "---\ndate: 2023-02-30\n---\nText.");
        ImportReport r = importer.importPaths(List.of(files, tmp.resolve("nope.md")), TaskContext.none());
        assertEquals(1, r.imported());
        assertEquals(4, r.failed(), r.toString());
        assertEquals(1, store.count());
        assertTrue(r.failures().stream().allMatch(o -> o.reason() != null && !o.reason().contains("\n")));
        assertTrue(r.failures().stream().anyMatch(o -> o.file().endsWith("nope.md") && o.reason().equals("file not found")));
    }

    @Test
    void catalogSidecarDescribesFilesWithoutEditingThem() throws Exception {
        Files.writeString(files.resolve("x.txt"), "Talks resume tomorrow.");
        Files.writeString(files.resolve(Catalog.FILE_NAME),
                "{\"articles\": [{\"file\": \"x.txt\", \"title\": \"Talks\", \"published\": \"2025-04-22\", \"source\": \"wire\"}]}");
        ImportReport r = importer.importPaths(List.of(files), TaskContext.none());
        Article a = store.find(r.outcomes().get(0).articleId()).orElseThrow();
        assertEquals("Talks", a.title());
        assertEquals(LocalDate.of(2025, 4, 22), a.published());
        assertEquals("wire", a.source());
    }

    @Test
    void aMalformedCatalogFailsItsFolderClearly() throws Exception {
        Files.writeString(files.resolve("x.txt"), "Words.");
        Files.writeString(files.resolve(Catalog.FILE_NAME), "{\"articles\": [");
        ImportReport r = importer.importPaths(List.of(files), TaskContext.none());
        assertEquals(1, r.failed());
        assertTrue(r.failures().get(0).reason().startsWith("malformed catalog.json"), r.toString());
        assertEquals(0, store.count());
    }

    @Test
    void cancelKeepsWhatWasImportedAndReportsTheRest() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(files.resolve("f" + i + ".txt"), "Article number " + i + ".");
        }
        TaskContext cancelAfterTwo = new TaskContext() {
            int checks;

            @Override
            public void progress(long done, long total, String message) {
                // not needed here
            }

            @Override
            public boolean isCancelled() {
                return ++checks > 4; // two checks per file: Cancel is pressed when the third file is next
            }
        };
        ImportReport r = importer.importPaths(List.of(files), cancelAfterTwo);
        assertTrue(r.cancelled());
        assertEquals(2, store.count());
        assertEquals(3, r.notStarted());
        assertTrue(r.headline().contains("cancelled"), r.headline());
    }

    @Test
    void seedsComeOnceIntoANewLibrary() throws Exception {
        ImportReport r = Seeds.seedIfNew(db, importer, TaskContext.none());
        assertNotNull(r);
        assertEquals(Seeds.bundled().size(), r.imported(), r.toString());
        assertTrue(r.imported() >= 30, "a sample library worth filtering: " + r.imported());
        ArticleSummary seed = store.listAll().get(0);
        assertEquals(LocalDate.of(2025, 4, 22), seed.published());
        assertTrue(store.find(seed.id()).orElseThrow().body().startsWith("Vladimir Putin has proposed direct peace talks"));
        assertNull(Seeds.seedIfNew(db, importer, TaskContext.none()));
    }

    @Test
    void aCancelledFirstRunOffersTheSamplesAgain() throws Exception {
        TaskContext cancelled = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                // not needed here
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        ImportReport r = Seeds.seedIfNew(db, importer, cancelled);
        assertTrue(r.cancelled());
        assertEquals(0, store.count());
        assertEquals(Seeds.bundled().size(), Seeds.seedIfNew(db, importer, TaskContext.none()).imported());
    }

    @Test
    void bundledSeedIsTheRepositoryFileUnchanged() throws Exception {
        Path seedDir = Path.of(System.getProperty("newslens.seeds.dir", "seeds"));
        ImportService.Document d = Seeds.bundled().get(0);
        assertEquals("000_d4bee8b1a617d919.txt", d.name());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(seedDir.resolve(d.name())), d.content()));
    }

    @Test
    void aFolderImportSkipsProjectFilesAndSaysSo() throws Exception {
        Files.writeString(files.resolve("README.md"), "# My articles\nThese are the articles I collected.");
        Files.writeString(files.resolve("LICENSE"), "MIT License");
        Files.writeString(files.resolve("license.txt"), "MIT License, as text.");
        Files.writeString(files.resolve("CHANGELOG.md"), "## 1.0\nFirst collection.");
        Files.writeString(files.resolve("Contributing.md"), "Send articles.");
        Files.writeString(files.resolve("readme-notes-on-rome.txt"), "Notes on Rome, an article after all.");
        Files.writeString(files.resolve("news-today.md"), "Rome votes today. More.");

        ImportReport report = importer.importPaths(List.of(files), TaskContext.none());
        assertEquals(2, report.imported(), report.toString());
        assertEquals(4, report.skipped().size(), report.skipped().toString());
        assertTrue(report.headline().endsWith("; 4 skipped, not articles: CHANGELOG.md, Contributing.md, README.md, license.txt"),
                report.headline());

        // Named on its own, or with the option off, a project file is imported like any other.
        assertEquals(1, importer.importPaths(List.of(files.resolve("README.md")), TaskContext.none()).imported());
        ImportReport all = importer.importPaths(List.of(files), false, TaskContext.none());
        assertEquals(List.of(), all.skipped());
        assertEquals(3, all.imported(), all.toString()); // CHANGELOG, Contributing, license.txt (README is a duplicate now)
    }
}
