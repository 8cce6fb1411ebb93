package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --json} and {@code show --json} for .txt, .md and .html: the body as stored, authors, site, url. */
class WebCliTest {
    @TempDir
    Path tmp;

    private Path copy(String resource, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/newslens/library/" + resource)) {
            Path p = tmp.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    /** Every mention's and date's offsets index "body". */
    private static void assertOffsetsIndexBody(JsonNode o) {
        String body = o.get("body").asText();
        for (JsonNode a : o.get("actors")) {
            for (JsonNode m : a.get("mentions")) {
                assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        for (JsonNode d : o.get("dates")) {
            assertEquals(d.get("text").asText(), body.substring(d.get("start").asInt(), d.get("end").asInt()));
        }
    }

    @Test
    void extractJsonCarriesBodyAuthorsSiteAndUrlForEveryKind() throws Exception {
        Path html = copy("web/bridge.html", "bridge.html");
        Path md = copy("md/budget.md", "budget.md");
        Path txt = tmp.resolve("plain.txt");
        Files.writeString(txt, "---\npublished: 2025-01-02\n---\nMayor Ann Becker spoke on Monday.");
        Path none = copy("web/empty-page.html", "app.html");
        CliRun r = CliRun.of("extract", "--json", html.toString(), md.toString(), txt.toString(), none.toString());
        assertEquals(1, r.code(), "one file failed");
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> lines = r.out().strip().lines().map(l -> {
            try {
                return om.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(4, lines.size(), r.out());
        for (JsonNode o : lines.subList(0, 3)) {
            for (String f : List.of("title", "published", "body", "authors", "site", "url", "actors", "dates", "quotes")) {
                assertTrue(o.has(f), o.get("file") + " lacks " + f);
            }
            assertTrue(o.get("authors").isArray());
            assertOffsetsIndexBody(o);
        }
        JsonNode page = lines.get(0);
        assertTrue(page.get("body").asText().startsWith("The city council voted") || page.get("body").asText().contains("\n\nThe city council voted"),
                page.get("body").asText());
        assertTrue(page.get("actors").findValuesAsText("name").contains("Ann Becker"), page.toString());

        JsonNode budget = lines.get(1);
        assertEquals("Capital Notes", budget.get("site").asText());
        assertEquals("https://notes.example/budget", budget.get("url").asText());
        assertEquals("[\"Jo Park\",\"Sam Reyes\"]", budget.get("authors").toString());
        assertTrue(budget.get("body").asText().startsWith("The finance committee resumed talks on Monday, Chair Lena Ortiz said."));

        JsonNode plain = lines.get(2);
        assertEquals("Mayor Ann Becker spoke on Monday.", plain.get("body").asText());
        assertTrue(plain.get("site").isNull());
        assertTrue(plain.get("url").isNull());
        assertEquals(0, plain.get("authors").size());

        assertEquals("no article text found in the page", lines.get(3).get("error").asText());
    }

    @Test
    void showJsonCarriesTheSameFields() throws Exception {
        Path md = copy("md/budget.md", "budget.md");
        String lib = tmp.resolve("lib").toString();
        assertEquals(0, CliRun.of("--library", lib, "import", md.toString()).code());
        JsonNode s = new ObjectMapper().readTree(CliRun.of("--library", lib, "show", "1", "--json").out());
        assertEquals("Capital Notes", s.get("site").asText());
        assertEquals("https://notes.example/budget", s.get("url").asText());
        assertEquals("Jo Park", s.get("authors").get(0).asText());
        assertEquals(2, s.get("authors").size());
        assertOffsetsIndexBody(s);
        assertTrue(CliRun.of("--library", lib, "show", "1").out().contains("By Jo Park, Sam Reyes · Capital Notes"));
    }
}
