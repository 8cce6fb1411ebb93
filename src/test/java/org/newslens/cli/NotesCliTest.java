package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.Fixture;
import org.newslens.store.Database;
import org.yaml.snakeyaml.Yaml;

/** The note, notes, export and dossier commands. */
class NotesCliTest {
    @TempDir
    Path tmp;

    private String lib() {
        return tmp.resolve("lib").toString();
    }

    /** A library with two hand-made articles (no NLP), ids 1 and 2. */
    private void fixtureLibrary() {
        try (Database db = Database.open(tmp.resolve("lib"))) {
            Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
            Fixture.article(db, "Trade deal", LocalDate.of(2025, 3, 1), "Bo Chan");
        }
    }

    private static void assertOneLineError(CliRun r, String expected) {
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void acceptanceWithTheSeedArticle() throws Exception {
        Path seeds = Path.of(System.getProperty("newslens.seeds.dir", "seeds")).resolve("000_d4bee8b1a617d919.txt");
        assertEquals(0, CliRun.of("--library", lib(), "import", seeds.toString()).code());
        CliRun note = CliRun.of("--library", lib(), "note", "add", "1", "--text", "First direct offer to Zelensky in years.");
        assertEquals(0, note.code(), note.err());
        CliRun hl = CliRun.of("--library", lib(), "note", "add", "1", "--quote", "We have a positive attitude towards any peace initiatives",
                "--text", "Compare with his March position.", "--tag", "peace");
        assertEquals(0, hl.code(), hl.err());

        // Re-extraction and a re-import of the same text keep the highlight where it was.
        assertEquals(0, CliRun.of("--library", lib(), "reextract", "--all").code());
        assertEquals(0, CliRun.of("--library", lib(), "import", seeds.toString()).code());
        JsonNode after = new ObjectMapper().readTree(CliRun.of("--library", lib(), "notes", "--article", "1", "--json").out());
        JsonNode h = after.get("articles").get(0).get("highlights").get(0);
        assertFalse(h.get("orphaned").asBoolean());
        assertEquals("We have a positive attitude towards any peace initiatives", h.get("quote").asText());

        Path file = tmp.resolve("notes.md");
        CliRun exp = CliRun.of("--library", lib(), "export", "--format", "md", "--person", "Vladimir Putin", "-o", file.toString());
        assertEquals(0, exp.code(), exp.err());
        String md = Files.readString(file);
        assertTrue(md.contains("Putin proposes direct peace talks with Zelensky for the first time in years"), md);
        assertTrue(md.contains("2025-04-22"), md);
        assertTrue(md.contains("> We have a positive attitude towards any peace initiatives\n\nCompare with his March position.\n"), md);
        assertTrue(md.contains("Tags: #peace"), md);
        assertTrue(md.contains("First direct offer to Zelensky in years."), md);
        Map<String, Object> fm = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4)));
        assertEquals("person Vladimir Putin", fm.get("scope"));

        CliRun dossier = CliRun.of("--library", lib(), "dossier", "Vladimir Putin");
        assertEquals(0, dossier.code(), dossier.err());
        String d = dossier.out();
        assertTrue(d.contains("### Quotes\n\n> "), d);
        assertTrue(d.contains("We have a positive attitude towards any peace initiatives"), d);
        assertTrue(d.contains("### Dated sentences\n\n- **"), d);
        assertTrue(d.contains("First direct offer to Zelensky in years."), d);

        Path html = tmp.resolve("putin.html");
        CliRun dh = CliRun.of("--library", lib(), "dossier", "Putin", "--format", "html", "-o", html.toString());
        assertEquals(0, dh.code(), dh.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void noteAddAndNotesListing() throws Exception {
        fixtureLibrary();
        assertEquals(0, CliRun.of("--library", lib(), "note", "add", "1", "--text", "one").code());
        assertEquals(0, CliRun.of("--library", lib(), "note", "add", "1", "--text", "two").code());
        assertEquals(0, CliRun.of("--library", lib(), "note", "add", "2", "--quote", "Bo Chan said", "--text", "trade view").code());
        CliRun list = CliRun.of("--library", lib(), "notes");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("note: one two"), list.out());
        assertTrue(list.out().contains("highlight 1: \"Bo Chan said\""), list.out());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("--library", lib(), "notes", "--person", "Ann Lee", "--json").out());
        assertEquals(1, json.get("articles").size());
        assertEquals("one\n\ntwo", json.get("articles").get(0).get("note").get("body").asText());
        JsonNode byArticle = new ObjectMapper().readTree(CliRun.of("--library", lib(), "notes", "--article", "2", "--json").out());
        assertEquals("trade view", byArticle.get("articles").get(0).get("highlights").get(0).get("comment").asText());
        assertTrue(CliRun.of("--library", lib(), "notes", "--from", "2026-01-01").out().contains("No notes or highlights"));
    }

    /** One filter vocabulary: --text and --query are one option, in notes and export as in list. */
    @Test
    void theFilterOptionsShareOneVocabularyAndTheOldNamesStillWork() throws Exception {
        fixtureLibrary();
        assertEquals(0, CliRun.of("--library", lib(), "note", "add", "2", "--quote", "Bo Chan said", "--text", "trade view").code());
        assertEquals(0, CliRun.of("--library", lib(), "note", "add", "1", "--text", "peace").code());
        String byText = CliRun.of("--library", lib(), "notes", "--text", "trade", "--json").out();
        String byQuery = CliRun.of("--library", lib(), "notes", "--query", "trade", "--json").out();
        assertEquals(1, new ObjectMapper().readTree(byText).get("articles").size(), byText);
        assertEquals(byText, byQuery);
        CliRun list = CliRun.of("--library", lib(), "list", "--text", "Trade", "--json");
        assertEquals(0, list.code(), list.err());
        assertEquals(1, new ObjectMapper().readTree(list.out()).size(), list.out());
        CliRun twoPeople = CliRun.of("--library", lib(), "notes", "--person", "Ann Lee", "--person", "Bo Chan");
        assertEquals(2, twoPeople.code(), "a note filter takes one person: a usage error");
        assertTrue(twoPeople.err().contains("takes one --person"), twoPeople.err());
    }

    @Test
    void exitCodes() throws Exception {
        fixtureLibrary();
        assertEquals(2, CliRun.of("--library", lib(), "note").code());
        assertEquals(2, CliRun.of("--library", lib(), "note", "add", "1").code());
        assertEquals(2, CliRun.of("--library", lib(), "note", "add", "x", "--text", "t").code());
        assertEquals(2, CliRun.of("--library", lib(), "export", "--format", "pdf").code());
        assertEquals(2, CliRun.of("--library", lib(), "export", "--from", "April").code());
        assertEquals(2, CliRun.of("--library", lib(), "dossier").code());
        assertEquals(2, CliRun.of("--library", lib(), "dossier", "Ann Lee", "--format", "csv").code());
        assertOneLineError(CliRun.of("--library", lib(), "note", "add", "99", "--text", "t"), "no article with id 99");
        assertOneLineError(CliRun.of("--library", lib(), "note", "add", "1", "--quote", "not there", "--text", "t"), "does not occur");
        assertOneLineError(CliRun.of("--library", lib(), "note", "add", "1", "--text", " "), "empty");
        assertOneLineError(CliRun.of("--library", lib(), "notes", "--person", "Nobody Atall"), "no actor called");
        assertOneLineError(CliRun.of("--library", lib(), "notes", "--person", "Nobody Atall"), "in the library (see: newslens actors)");
        assertOneLineError(CliRun.of("--library", lib(), "export", "--from", "2025-05-01", "--to", "2025-04-01"), "date range is empty");
        assertOneLineError(CliRun.of("--library", lib(), "export", "--format", "csv", "-o", tmp.resolve("no/such/x.csv").toString()),
                "does not exist");
        assertOneLineError(CliRun.of("--library", lib(), "export", "--format", "json", "-o", tmp.toString()), "is a folder, not a file");
        assertOneLineError(CliRun.of("--library", lib(), "dossier", "Nobody Atall"), "no actor called");
        assertOneLineError(CliRun.of("--library", lib(), "export", "--format", "html", "-o", tmp.resolve("new-folder") + "/"),
                "names a folder");
        assertOneLineError(CliRun.of("--library", lib(), "dossier", "Ann Lee", "-o", tmp.resolve("none/d.md").toString()), "does not exist");
        Path mine = Files.writeString(tmp.resolve("mine.csv"), "my data");
        assertOneLineError(CliRun.of("--library", lib(), "export", "--format", "csv", "-o", mine.toString()), "--force");
        assertEquals("my data", Files.readString(mine));
        assertEquals(0, CliRun.of("--library", lib(), "export", "--format", "csv", "-o", mine.toString(), "--force").code());
        assertTrue(Files.readString(mine).startsWith("article_id,"));
        Path notAFolder = Files.writeString(tmp.resolve("not-a-folder.txt"), "x");
        assertOneLineError(CliRun.of("--library", notAFolder.toString(), "notes"), "is a file, not a library folder. Give a folder with --library.");
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("export") && help.out().contains("dossier") && help.out().contains("notes"), help.out());
    }

    @Test
    void repeatableFolderExportFromTheCommandLine() throws Exception {
        fixtureLibrary();
        CliRun.of("--library", lib(), "note", "add", "1", "--text", "A");
        CliRun.of("--library", lib(), "note", "add", "2", "--text", "B");
        String vault = tmp.resolve("vault").toString() + "/";
        CliRun first = CliRun.of("--library", lib(), "export", "-o", vault);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("2 created"), first.out());
        Path fb = tmp.resolve("vault").resolve("2025-03-01-trade-deal-2.md");
        Files.writeString(fb, Files.readString(fb) + "\nmine\n");
        CliRun.of("--library", lib(), "note", "add", "1", "--text", "A2");
        CliRun second = CliRun.of("--library", lib(), "export", "--format", "md", "-o", tmp.resolve("vault").toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("1 updated, 0 unchanged, 0 overwritten, 1 left alone"), second.out());
        assertTrue(second.out().contains("left alone: " + fb + " (edited since the last export)"), second.out());
        try (var s = Files.list(tmp.resolve("vault"))) {
            assertEquals(2, s.count());
        }
    }
}
