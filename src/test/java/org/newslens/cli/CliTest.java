package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;

class CliTest {
    @TempDir
    Path tmp;

    private String lib() {
        return tmp.resolve("lib").toString();
    }

    /** The first sample alone: importing all of seeds/ would run the engine on every sample. */
    private Path seed() {
        return seeds().resolve("000_d4bee8b1a617d919.txt");
    }

    private Path seeds() {
        return Path.of(System.getProperty("newslens.seeds.dir", "seeds"));
    }

    @Test
    void importListShowRoundTrip() throws Exception {
        CliRun imp = CliRun.of("--library", lib(), "import", seed().toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("1 imported, 0 duplicates, 0 failed"), imp.out());

        CliRun again = CliRun.of("import", "--library", lib(), seed().toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("0 imported, 1 duplicate, 0 failed"), again.out());

        CliRun list = CliRun.of("--library", lib(), "list", "--json");
        assertEquals(0, list.code());
        JsonNode arr = new ObjectMapper().readTree(list.out());
        assertEquals(1, arr.size());
        JsonNode a = arr.get(0);
        assertEquals("2025-04-22", a.get("published").asText());
        assertTrue(a.get("title").asText().contains("Putin"), a.toString());
        for (String field : new String[] {"id", "title", "published", "source", "imported_at"}) {
            assertTrue(a.has(field), "list --json lacks " + field);
        }

        CliRun show = CliRun.of("--library", lib(), "show", a.get("id").asText(), "--json");
        assertEquals(0, show.code());
        JsonNode s = new ObjectMapper().readTree(show.out());
        assertTrue(s.get("body").asText().startsWith("Vladimir Putin has proposed"));
        assertEquals(a.get("id").asLong(), s.get("id").asLong());
        assertFalse(s.get("published_inferred").asBoolean());
    }

    @Test
    void binaryFileFailsWithExitOneAndLeavesLibraryUnchanged() throws Exception {
        Path bin = tmp.resolve("photo.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        CliRun.of("--library", lib(), "import", seed().toString());
        Path dbFile = tmp.resolve("lib").resolve(Database.FILE_NAME);
        CliRun r = CliRun.of("--library", lib(), "import", bin.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("binary file, not text"), r.err());
        JsonNode arr = new ObjectMapper().readTree(CliRun.of("--library", lib(), "list", "--json").out());
        assertEquals(1, arr.size());
        assertTrue(Files.exists(dbFile));
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(0, CliRun.of("--version").code());
        assertTrue(CliRun.of("--version").out().startsWith("NewsLens "));
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import") && help.out().contains("list") && help.out().contains("show"));
        assertEquals(2, CliRun.of("--library", lib(), "frobnicate").code());
        assertEquals(2, CliRun.of("--library", lib(), "show").code());
        assertEquals(2, CliRun.of("--library", lib(), "show", "abc").code());
        CliRun missing = CliRun.of("--library", lib(), "show", "42");
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void aBrokenLibraryIsOneClearLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(dir.resolve(Database.FILE_NAME), "definitely not sqlite, just text\n".repeat(10));
        CliRun r = CliRun.of("--library", dir.toString(), "list");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("not a NewsLens library"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void listOnAnEmptyLibrarySaysHowToImport() {
        CliRun r = CliRun.of("--library", lib(), "list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("newslens import"), r.out());
        assertEquals("[ ]", CliRun.of("--library", lib(), "list", "--json").out().strip());
    }

    @Test
    void importExtractsAndShowIncludesActorsDatesQuotes() throws Exception {
        CliRun.of("--library", lib(), "import", seed().toString());
        JsonNode s = new ObjectMapper().readTree(CliRun.of("--library", lib(), "show", "1", "--json").out());
        assertTrue(s.get("actors").size() > 0, s.toString());
        JsonNode first = s.get("actors").get(0);
        for (String f : new String[] {"id", "name", "type", "aliases", "roles", "mentions"}) {
            assertTrue(first.has(f), "actor lacks " + f);
        }
        assertTrue(s.get("dates").size() > 0);
        assertTrue(s.get("quotes").size() > 0);
        String body = s.get("body").asText();
        for (JsonNode d : s.get("dates")) {
            assertEquals(d.get("text").asText(), body.substring(d.get("start").asInt(), d.get("end").asInt()));
        }
        CliRun actors = CliRun.of("--library", lib(), "actors", "--type", "person", "--json");
        assertEquals(0, actors.code());
        JsonNode arr = new ObjectMapper().readTree(actors.out());
        assertTrue(arr.size() > 0);
        assertTrue(java.util.stream.StreamSupport.stream(arr.spliterator(), false).allMatch(a -> a.get("type").asText().equals("PERSON")));
    }

    @Test
    void actorCorrectionsFromTheCommandLine() throws Exception {
        CliRun.of("--library", lib(), "import", seed().toString());
        CliRun rename = CliRun.of("--library", lib(), "actors", "rename", "Peskov", "Dmitry S. Peskov");
        assertEquals(0, rename.code(), rename.err());
        CliRun hide = CliRun.of("--library", lib(), "actors", "hide", "Dmitry S. Peskov");
        assertEquals(0, hide.code(), hide.err());
        String people = CliRun.of("--library", lib(), "actors", "--type", "person").out();
        assertFalse(people.contains("Peskov"), people);
        String all = CliRun.of("--library", lib(), "actors", "--all").out();
        assertTrue(all.contains("Dmitry S. Peskov  (hidden)"), all);
        CliRun unknown = CliRun.of("--library", lib(), "actors", "merge", "Nobody Atall", "Putin");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no actor called"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    }

    @Test
    void extractPrintsJsonForOneFileAndJsonLinesForSeveral() throws Exception {
        Path seed = seeds().resolve("000_d4bee8b1a617d919.txt");
        CliRun one = CliRun.of("extract", "--published", "2025-04-22", "--json", seed.toString());
        assertEquals(0, one.code(), one.err());
        JsonNode o = new ObjectMapper().readTree(one.out());
        for (String f : new String[] {"title", "published", "actors", "dates", "quotes"}) {
            assertTrue(o.has(f), "extract --json lacks " + f);
        }
        assertEquals("2025-04-22", o.get("published").asText());

        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path other = tmp.resolve("other.md");
        Files.writeString(other, "---\npublished: 2009-02-18\n---\nGeneral Motors said on Tuesday it needs more aid.");
        CliRun many = CliRun.of("extract", "--json", other.toString(), empty.toString(), seed.toString());
        assertEquals(1, many.code());
        java.util.List<String> lines = many.out().strip().lines().toList();
        assertEquals(3, lines.size(), many.out());
        JsonNode l0 = new ObjectMapper().readTree(lines.get(0));
        assertEquals(other.toString(), l0.get("file").asText());
        assertEquals("2009-02-18", l0.get("published").asText());
        JsonNode l1 = new ObjectMapper().readTree(lines.get(1));
        assertEquals("empty file", l1.get("error").asText());
        assertTrue(new ObjectMapper().readTree(lines.get(2)).get("actors").size() > 0);
    }

    @Test
    void listFiltersByPersonTextAndDates() throws Exception {
        Path eval = org.newslens.testing.SharedData.require(
                org.newslens.testing.SharedData.evalDir().resolve("articles"), "evaluation articles");
        assertEquals(0, CliRun.of("--library", lib(), "import", seed().toString(), eval.toString()).code());
        ObjectMapper om = new ObjectMapper();
        JsonNode putin = om.readTree(CliRun.of("--library", lib(), "list", "--person", "Vladimir Putin", "--json").out());
        assertEquals(1, putin.size(), putin.toString());
        assertEquals("2025-04-22", putin.get(0).get("published").asText());
        assertEquals(1, om.readTree(CliRun.of("--library", lib(), "list", "--person", "putin", "--json").out()).size());
        JsonNode both = om.readTree(CliRun.of("--library", lib(), "list", "--person", "Putin", "--person", "Zelensky", "--json").out());
        assertEquals(1, both.size());

        JsonNode boeing = om.readTree(CliRun.of("--library", lib(), "list", "--query", "Boeing", "--json").out());
        assertTrue(boeing.size() >= 3, boeing.toString());
        for (JsonNode a : boeing) {
            assertTrue(a.get("snippet").asText().contains("**"), a.toString());
        }
        JsonNode y2009 = om.readTree(CliRun.of("--library", lib(), "list", "--from", "2009-01-01", "--to", "2009-12-31", "--json").out());
        assertTrue(y2009.size() > 0);
        for (JsonNode a : y2009) {
            assertTrue(a.get("published").asText().startsWith("2009-"), a.toString());
        }
        CliRun nobody = CliRun.of("--library", lib(), "list", "--person", "Nobody Known");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("no person called"), nobody.err());
        assertEquals(2, CliRun.of("--library", lib(), "list", "--from", "yesterday").code());
    }

    @Test
    void settingThePublishedDateReResolvesRelativeDates() throws Exception {
        Path f = tmp.resolve("undated.txt");
        Files.writeString(f, "The minister said on Tuesday that talks will resume tomorrow in Geneva.");
        assertEquals(0, CliRun.of("--library", lib(), "import", f.toString()).code());
        ObjectMapper om = new ObjectMapper();
        JsonNode before = om.readTree(CliRun.of("--library", lib(), "show", "1", "--json").out());
        assertTrue(before.get("published").isNull(), before.toString());
        JsonNode tomorrow = null;
        for (JsonNode d : before.get("dates")) {
            if (d.get("text").asText().equals("tomorrow")) {
                tomorrow = d;
            }
        }
        assertTrue(tomorrow != null && !tomorrow.get("value").asText().equals("2025-03-05"), before.toString());

        CliRun set = CliRun.of("--library", lib(), "set-published", "1", "2025-03-04");
        assertEquals(0, set.code(), set.err());
        JsonNode after = om.readTree(CliRun.of("--library", lib(), "show", "1", "--json").out());
        assertEquals("2025-03-04", after.get("published").asText());
        boolean resolved = false;
        for (JsonNode d : after.get("dates")) {
            resolved |= d.get("text").asText().equals("tomorrow") && d.get("value").asText().equals("2025-03-05");
        }
        assertTrue(resolved, after.get("dates").toString());
        assertEquals(1, CliRun.of("--library", lib(), "set-published", "1", "2025-02-30").code());
        assertEquals(1, CliRun.of("--library", lib(), "set-published", "99", "2025-02-03").code());
    }
}
