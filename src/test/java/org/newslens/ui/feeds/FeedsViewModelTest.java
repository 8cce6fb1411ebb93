package org.newslens.ui.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.feeds.FeedServer;
import org.newslens.feeds.JdkTestFetcher;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;

class FeedsViewModelTest {
    @TempDir
    Path tmp;
    FeedServer server;
    Database db;
    FeedsViewModel vm;
    final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        db = Database.open(tmp.resolve("lib"));
        vm = new FeedsViewModel(db, JdkTestFetcher::new, null, new CurrentThreadTaskExecutor(), Clock.systemUTC(), reloads::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        db.close();
        server.close();
    }

    @Test
    void subscribeShowsTheFeedInItsFolderAndAFailureIsMarked() {
        server.put("/rss", "application/rss+xml", FeedServer.rss("Gazette", server.url("/s"), 20, "g"), true);
        assertTrue(vm.onSubscribe(server.url("/rss"), "News/Local"));
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Subscribed to Gazette: 20 new articles"), vm.messageProperty().get());
        assertEquals(1, reloads.get(), "the article list reloads");
        List<SourceNode> tree = vm.sourcesProperty().get();
        assertEquals(1, tree.size());
        SourceNode news = tree.get(0);
        assertEquals("News", news.title());
        assertEquals(20, news.items());
        SourceNode feed = news.children().get(0).children().get(0);
        assertEquals(SourceNode.Kind.FEED, feed.kind());
        assertEquals("Gazette", feed.title());
        assertFalse(news.hasError());

        server.status("/rss", 404);
        assertTrue(vm.onRefreshAll());
        assertTrue(vm.messageProperty().get().contains("1 failed"), vm.messageProperty().get());
        SourceNode failing = vm.sourcesProperty().get().get(0).children().get(0).children().get(0);
        assertEquals("404 Not Found", failing.error());
        assertTrue(vm.sourcesProperty().get().get(0).hasError(), "the folder shows its failing feed");
        assertTrue(vm.onRefreshDue());
        assertEquals("", vm.messageProperty().get(), "backing off: nothing is due, nothing said");
    }

    @Test
    void aFailedSubscribeSaysWhy() {
        assertFalse(vm.onSubscribe("ftp://x.example/feed", null));
        assertTrue(vm.subscribeErrorProperty().get().contains("only http and https"), vm.subscribeErrorProperty().get());
        server.put("/page", "text/html", "<html><body><p>No feed here</p></body></html>", false);
        assertTrue(vm.onSubscribe(server.url("/page"), null));
        assertTrue(vm.subscribeErrorProperty().get().startsWith("no feed found"), vm.subscribeErrorProperty().get());
        assertTrue(vm.sourcesProperty().get().isEmpty());
        assertTrue(vm.onSubscribe(server.url("/missing.xml"), null));
        assertEquals("404 Not Found", vm.subscribeErrorProperty().get());
    }

    @Test
    void opmlImportAndExport() throws Exception {
        Path in = tmp.resolve("in.opml");
        Files.writeString(in, "<opml version=\"2.0\"><body><outline text=\"Tech\"><outline type=\"rss\" text=\"A\" xmlUrl=\""
                + server.url("/a") + "\"/></outline></body></opml>");
        assertTrue(vm.onImportOpml(in));
        assertTrue(vm.messageProperty().get().startsWith("1 feeds subscribed"), vm.messageProperty().get());
        assertEquals("Tech", vm.sourcesProperty().get().get(0).title());
        Path out = tmp.resolve("out.opml");
        vm.onExportOpml(out);
        assertTrue(Files.readString(out).contains(server.url("/a")));
        assertNull(vm.subscribeErrorProperty().get());
    }
}
