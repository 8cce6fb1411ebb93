package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.net.TestServer;
import org.newslens.store.Database;

/** {@code newslens import URL} against a local server: the page is stored and analysed; failures are one line. */
class ImportUrlCliTest {
    private static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>Port strike ends after two weeks</title></head>
            <body><header><a href="/">The Coast Gazette</a></header>
            <article><h1>Port strike ends after two weeks</h1>
            <p>Dock workers in Gdansk returned to work on Monday after the union and the port operator signed a
            new wage agreement, union leader Marta Kowalska said.</p>
            <p>"We got what we asked for," Kowalska told reporters outside the terminal.</p></article>
            <footer>Subscribe to our newsletter</footer></body></html>""";

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        server.text("/page.html", 200, "text/html; charset=utf-8", PAGE);
        server.text("/missing.html", 404, "text/html", "<p>gone</p>");
        server.on("/photo.png", ex -> TestServer.send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String lib() {
        return tmp.resolve("lib").toString();
    }

    @Test
    void importAUrlStoresTheArticleWithItsExtraction() throws Exception {
        String url = server.uri("/page.html").toString();
        CliRun r = CliRun.of("--library", lib(), "import", url);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("imported   #1  Port strike ends after two weeks  (" + url + ")"), r.out());
        assertTrue(r.out().contains("1 imported, 0 duplicates, 0 failed"), r.out());
        assertTrue(server.last().header("User-Agent").startsWith("NewsLens/"));

        JsonNode s = new ObjectMapper().readTree(CliRun.of("--library", lib(), "show", "1", "--json").out());
        assertEquals("Port strike ends after two weeks", s.get("title").asText());
        assertEquals(url, s.get("source").asText());
        String body = s.get("body").asText();
        assertTrue(body.contains("Dock workers in Gdansk returned to work on Monday"), body);
        assertFalse(body.contains("Subscribe to our newsletter"), body);
        assertTrue(s.get("actors").size() > 0, "analysed at import: " + s);

        CliRun again = CliRun.of("--library", lib(), "import", url);
        assertEquals(0, again.code());
        assertTrue(again.out().contains("0 imported, 1 duplicate, 0 failed"), again.out());
    }

    @Test
    void aFailingUrlGivesItsReasonExitsOneAndLeavesTheLibraryAsItWas() throws Exception {
        Path note = Files.writeString(tmp.resolve("note.txt"), "A short note about the harbour.", StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("--library", lib(), "import", note.toString()).code());

        String missing = server.uri("/missing.html").toString();
        CliRun r404 = CliRun.of("--library", lib(), "import", missing);
        assertEquals(1, r404.code());
        assertEquals("failed     " + missing + ": 404 Not Found", r404.err().strip());

        CliRun png = CliRun.of("--library", lib(), "import", server.uri("/photo.png").toString());
        assertEquals(1, png.code());
        assertTrue(png.err().strip().endsWith(": not a web page (image/png)"), png.err());
        assertEquals(1, png.err().strip().lines().count());

        CliRun bad = CliRun.of("--library", lib(), "import", "http://");
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());

        JsonNode list = new ObjectMapper().readTree(CliRun.of("--library", lib(), "list", "--json").out());
        assertEquals(1, list.size(), "only the note: " + list);
        assertTrue(Files.exists(tmp.resolve("lib").resolve(Database.FILE_NAME)));
    }
}
