package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.OrphanNotes;
import org.newslens.ui.LibraryFixture;

/** {@code notes list --orphaned}, {@code notes --orphaned --json}, {@code notes export --orphaned} and {@code export --orphaned}. */
class OrphanedNotesCliTest {
    @TempDir
    Path lib;

    @TempDir
    Path out;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Removes the first article keeping its note and a highlight; returns it. */
    private ArticleSummary removedWithNotes() {
        ArticleSummary a;
        try (Database db = LibraryFixture.create(lib)) {
            a = new ArticleStore(db).listAll().get(0);
            new NoteStore(db).save(a.id(), "Check the second source.\nThen call back.");
            String body = new ArticleStore(db).find(a.id()).orElseThrow().body();
            new HighlightStore(db).addFirstOccurrence(a.id(), body.substring(0, 12), "worth quoting", List.of("lead"));
        }
        CliRun removed = run("--library", lib.toString(), "remove", String.valueOf(a.id()));
        assertEquals(0, removed.code(), removed.err());
        return a;
    }

    @Test
    void listsTheNotesOfRemovedArticlesWithTheirFormerTitleAndDate() throws Exception {
        CliRun none = run("--library", lib.toString(), "notes", "list", "--orphaned");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().startsWith("No orphaned notes"), none.out());

        ArticleSummary a = removedWithNotes();
        CliRun list = run("--library", lib.toString(), "notes", "list", "--orphaned");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(a.published() + "  " + a.title()), list.out());
        assertTrue(list.out().contains("note: Check the second source. Then call back."), list.out());
        assertTrue(list.out().contains("worth quoting"), list.out());
        assertTrue(list.out().contains("tags: lead"), list.out());
        assertTrue(list.out().contains("1 removed article with kept notes"), list.out());
        // The plain listing (without --orphaned) no longer has them: their article is gone.
        assertFalse(run("--library", lib.toString(), "notes").out().contains("Check the second source"));
        assertEquals(list.out(), run("--library", lib.toString(), "notes", "--orphaned").out());

        CliRun json = run("--library", lib.toString(), "notes", "--orphaned", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode arr = Json.MAPPER.readTree(json.out());
        assertEquals(1, arr.size());
        assertEquals(a.title(), arr.get(0).get("title").asText());
        assertEquals(a.published().toString(), arr.get(0).get("published").asText());
        assertEquals("Check the second source.\nThen call back.", arr.get(0).get("note").asText());
        assertEquals("worth quoting", arr.get(0).get("highlights").get(0).get("comment").asText());
        assertFalse(arr.get(0).get("content_hash").asText().isBlank());
    }

    @Test
    void exportsThemToOneFileInEveryFormat() throws Exception {
        ArticleSummary a = removedWithNotes();
        Path md = out.resolve("orphans.md");
        CliRun r = run("--library", lib.toString(), "notes", "export", "--orphaned", "--format", "md", "-o", md.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(md);
        assertTrue(text.contains(a.title()), text);
        assertTrue(text.contains("Check the second source."), text);
        assertTrue(text.contains("worth quoting"), text);

        Path json = out.resolve("orphans.json");
        assertEquals(0, run("--library", lib.toString(), "export", "--orphaned", "--format", "json", "-o", json.toString()).code());
        assertTrue(Files.readString(json).contains("Check the second source."));
        CliRun csv = run("--library", lib.toString(), "export", "--orphaned", "--format", "csv");
        assertTrue(csv.out().contains("worth quoting"), csv.out());

        CliRun folder = run("--library", lib.toString(), "export", "--orphaned", "-o", out.toString() + "/");
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("--orphaned writes one file"), folder.err());
        try (Database db = Database.open(lib)) {
            assertEquals(1, new OrphanNotes(db).list().size(), "exporting keeps them");
        }
    }

    @Test
    void orphanedTakesNoScope() {
        CliRun r = run("--library", lib.toString(), "notes", "--orphaned", "--person", "Ann Lee");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--orphaned lists every kept note"), r.err());
        assertEquals(2, run("--library", lib.toString(), "export", "--orphaned", "--article", "1").code());
    }
}
