package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.Extractor;
import org.newslens.extract.NothingFound;
import org.newslens.model.Article;
import org.newslens.net.HttpFetcher;
import org.newslens.net.TestServer;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;

/** Opening a web page: fetched from a local server, stored like a file with its extraction. */
class UrlImportTest {
    static final String PAGE = """
            <!doctype html><html><head><title>Harbour reopens after the storm | The Daily</title></head>
            <body><nav><a href="/">Home</a></nav>
            <h1>Harbour reopens after the storm</h1>
            <p>The harbour reopened on Tuesday after three days of closure, the port authority said.</p>
            <p>Fishing boats were the first to leave, followed by the morning ferry.</p>
            <script>track()</script></body></html>""";

    @TempDir
    Path tmp;
    Database db;
    TestServer server;
    final AtomicInteger analysed = new AtomicInteger();
    final Extractor extractor = new NothingFound("test-1", analysed::incrementAndGet);
    ImportService importer;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("lib"));
        server = new TestServer();
        importer = new ImportService(db, extractor, 2, Clock.systemUTC(),
                HttpFetcher.builder().deadline(Duration.ofSeconds(5)).build());
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    private ImportReport open(String path) {
        return importer.importUrls(List.of(server.uri(path)), TaskContext.none());
    }

    @Test
    void aPageIsStoredWithItsTitleBodyAndExtractionAndASecondTimeIsADuplicate() {
        server.text("/harbour.html", 200, "text/html; charset=utf-8", PAGE);
        ImportReport r = open("/harbour.html");
        assertEquals(1, r.imported(), r.toString());
        ImportOutcome o = r.outcomes().get(0);
        Article a = new ArticleStore(db).find(o.articleId()).orElseThrow();
        // The site suffix of <title> is dropped: the headline is the title.
        assertEquals("Harbour reopens after the storm", a.title());
        assertEquals(server.uri("/harbour.html").toString(), a.source());
        assertTrue(a.body().contains("The harbour reopened on Tuesday after three days of closure"), a.body());
        assertFalse(a.body().contains("track()"), "no script text");
        assertEquals("test-1", a.extractorVersion(), "stored with its extraction");
        assertEquals(1, analysed.get());
        assertTrue(server.last().header("Accept").startsWith("text/html"));

        ImportReport again = open("/harbour.html");
        assertEquals(1, again.duplicates());
        assertEquals(o.articleId(), again.outcomes().get(0).articleId());
        assertEquals(1, new ArticleStore(db).count());
    }

    @Test
    void failuresGiveTheirReasonAndLeaveTheLibraryAsItWas() {
        server.text("/gone", 404, "text/html", "<p>Not here</p>");
        server.on("/doc.pdf", ex -> TestServer.send(ex, 200, "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        server.text("/empty.html", 200, "text/html", "<html><body><nav>Menu</nav></body></html>");
        server.on("/moved", ex -> TestServer.redirect(ex, 302, "ftp://files.example/x"));
        ImportReport r = importer.importUrls(List.of(server.uri("/gone"), server.uri("/doc.pdf"), server.uri("/empty.html"),
                server.uri("/moved")), TaskContext.none());
        assertEquals(4, r.failed());
        assertEquals(List.of("404 Not Found", "not a web page (application/pdf)", "no article text found in the page",
                "redirect to a ftp: address refused"), r.outcomes().stream().map(ImportOutcome::reason).toList());
        assertEquals(0, new ArticleStore(db).count());
        assertEquals(0, analysed.get());
    }

    @Test
    void charsetFromTheHeaderElseTheMetaTagElseUtf8OrWindows1252() throws Exception {
        String text = "<html><head>%s</head><body><p>Caf\u00e9 cr\u00e8me \u2014 na\u00efve r\u00e9sum\u00e9 of the day, served at the harbour caf\u00e9 that reopened on Tuesday after the storm.</p></body></html>";
        String expected = "Caf\u00e9 cr\u00e8me \u2014 na\u00efve r\u00e9sum\u00e9 of the day, served at the harbour caf\u00e9 that reopened on Tuesday after the storm.";
        Charset cp1252 = Charset.forName("windows-1252");
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text, "").getBytes(cp1252), "text/html; charset=windows-1252")));
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text, "<meta charset=\"windows-1252\">").getBytes(cp1252),
                "text/html")));
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">").getBytes(cp1252), null)));
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text, "").getBytes(StandardCharsets.UTF_8), "text/html")));
        // Declared UTF-8, sent as Windows-1252: read as Windows-1252 rather than with replacement characters.
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text, "").getBytes(cp1252), "text/html; charset=utf-8")));
        // The header wins over the meta tag.
        assertEquals(expected, body(HtmlDecoder.decode(String.format(text, "<meta charset=\"koi8-r\">").getBytes(StandardCharsets.UTF_8),
                "text/html; charset=\"UTF-8\"")));
        assertThrows(ImportException.class, () -> HtmlDecoder.decode(new byte[] {'<', 0, 0, 1}, "text/html; charset=windows-1252"));

        server.on("/latin.html", ex -> TestServer.send(ex, 200, "text/html; charset=windows-1252",
                String.format(text, "").getBytes(cp1252)));
        ImportReport r = open("/latin.html");
        assertEquals(expected, new ArticleStore(db).find(r.outcomes().get(0).articleId()).orElseThrow().body());
    }

    private static String body(String html) {
        return org.jsoup.Jsoup.parse(html).body().text();
    }

    @Test
    void addressesFromUsersClipboardsAndDragBoards() throws Exception {
        assertEquals(URI.create("https://example.com/a%20b"), UrlImport.parse("  https://example.com/a b \n"));
        assertEquals(URI.create("https://news.example.org/page?id=3"), UrlImport.parse("news.example.org/page?id=3"));
        assertThrows(ImportException.class, () -> UrlImport.parse("ftp://example.com/"));
        assertThrows(ImportException.class, () -> UrlImport.parse("some words"));
        assertThrows(ImportException.class, () -> UrlImport.parse("  "));
        assertThrows(ImportException.class, () -> UrlImport.parse("http://"));
        assertTrue(UrlImport.isWebAddress("HTTPS://EXAMPLE.COM"));
        assertFalse(UrlImport.isWebAddress("/home/me/http.txt"));
        assertEquals(URI.create("https://example.com/story"),
                UrlImport.find("# dragged from a browser\r\nhttps://example.com/story\r\nhttps://example.com/other").orElseThrow());
        assertTrue(UrlImport.find("just some words").isEmpty());
        assertTrue(UrlImport.find("javascript:alert(1)").isEmpty());
        assertTrue(UrlImport.find(null).isEmpty());
    }

    @Test
    void cancellingWhileAPageIsSlowStopsAtOnceAndStoresNothing() {
        server.on("/slow.html", ex -> {
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                return;
            }
            TestServer.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        AtomicBoolean cancel = new AtomicBoolean();
        TaskContext ctx = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (message.startsWith("Fetching 127.0.0.1")) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get() && server.hits("/slow.html") > 0;
            }
        };
        long t = System.nanoTime();
        ImportReport r = importer.importUrls(List.of(server.uri("/slow.html")), ctx);
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertTrue(r.cancelled());
        assertEquals(0, new ArticleStore(db).count());
        assertTrue(ms < 3_000, "did not wait for the slow page: " + ms + " ms");
    }
}
