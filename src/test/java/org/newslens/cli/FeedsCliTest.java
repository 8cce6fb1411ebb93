package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.NothingFound;
import org.newslens.feeds.FeedServer;
import org.newslens.feeds.JdkTestFetcher;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;

class FeedsCliTest {
    @TempDir
    Path tmp;
    FeedServer server;
    final AtomicInteger analysed = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        Network.fetcher = new JdkTestFetcher();
        ExtractCommand.engine = new NothingFound("test", analysed::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        Network.fetcher = null;
        ExtractCommand.engine = null;
        server.close();
    }

    private String lib() {
        return tmp.resolve("lib").toString();
    }

    @Test
    void addListRefreshExportRemoveAndImportOpml() throws Exception {
        server.put("/rss", "application/rss+xml", FeedServer.rss("Gazette", server.url("/s"), 20, "g"), true);
        CliRun add = CliRun.of("--library", lib(), "feeds", "add", server.url("/rss"), "--folder", "News");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("subscribed  #1  Gazette"), add.out());
        assertTrue(add.out().contains("20 new articles"), add.out());
        assertEquals(20, analysed.get(), "new articles are analysed after they are stored");

        CliRun list = CliRun.of("--library", lib(), "feeds", "list", "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode arr = new ObjectMapper().readTree(list.out());
        assertEquals(1, arr.size());
        assertEquals("News", arr.get(0).get("folder").asText());
        assertEquals(20, arr.get(0).get("items").asInt());
        assertTrue(arr.get(0).get("error").isNull());

        CliRun refresh = CliRun.of("--library", lib(), "feeds", "refresh");
        assertEquals(0, refresh.code(), refresh.err());
        assertTrue(refresh.out().contains("unchanged   #1"), refresh.out());
        assertTrue(refresh.out().contains("0 new articles, 0 failed"), refresh.out());

        CliRun again = CliRun.of("--library", lib(), "feeds", "add", server.url("/rss"));
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("already subscribed"), again.out());

        // a failing feed: exit 1, reason shown and kept
        CliRun bad = CliRun.of("--library", lib(), "feeds", "add", server.url("/missing"));
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("404 Not Found"), bad.err());
        server.status("/rss", 500);
        CliRun failing = CliRun.of("--library", lib(), "feeds", "refresh", "1");
        assertEquals(1, failing.code());
        assertTrue(failing.err().contains("500"), failing.err());
        CliRun listed = CliRun.of("--library", lib(), "feeds", "list");
        assertTrue(listed.out().contains("[error: 500"), listed.out());

        CliRun set = CliRun.of("--library", lib(), "feeds", "set", "1", "--every", "30", "--full-page", "never");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("every 30 minutes, full pages never"), set.out());
        assertEquals(1, CliRun.of("--library", lib(), "feeds", "set", "1", "--every", "5").code(), "under the 10-minute floor");
        assertEquals(1, CliRun.of("--library", lib(), "feeds", "set", "1", "--full-page", "sometimes").code());
        JsonNode afterSet = new ObjectMapper().readTree(CliRun.of("--library", lib(), "feeds", "list", "--json").out()).get(0);
        assertEquals(30, afterSet.get("refresh_minutes").asInt());
        assertEquals("never", afterSet.get("full_page").asText());

        Path opml = tmp.resolve("subs.opml");
        CliRun export = CliRun.of("--library", lib(), "feeds", "export", "-o", opml.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(opml).contains("xmlUrl=\"" + server.url("/rss") + "\""));
        assertEquals(1, CliRun.of("--library", lib(), "feeds", "export", "-o", opml.toString()).code(), "no overwrite without --force");

        String other = tmp.resolve("other").toString();
        CliRun imp = CliRun.of("--library", other, "import", opml.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("1 feeds subscribed"), imp.out());
        JsonNode otherList = new ObjectMapper().readTree(CliRun.of("--library", other, "feeds", "list", "--json").out());
        assertEquals("News", otherList.get(0).get("folder").asText());
        assertEquals(server.url("/rss"), otherList.get(0).get("url").asText());

        Path broken = tmp.resolve("broken.opml");
        Files.writeString(broken, "<opml><body><outline");
        CliRun brokenRun = CliRun.of("--library", other, "import", broken.toString());
        assertEquals(1, brokenRun.code());
        assertEquals(1, brokenRun.err().lines().count(), brokenRun.err());

        CliRun remove = CliRun.of("--library", lib(), "feeds", "remove", "1");
        assertEquals(0, remove.code(), remove.err());
        assertEquals(1, CliRun.of("--library", lib(), "feeds", "remove", "1").code(), "removing again fails");
        try (Database db = Database.open(tmp.resolve("lib"))) {
            assertEquals(20, new ArticleStore(db).count(), "articles stay after unsubscribing");
        }
        assertEquals(2, CliRun.of("--library", lib(), "feeds", "add").code(), "usage error");
    }
}
