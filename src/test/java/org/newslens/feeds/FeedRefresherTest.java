package org.newslens.feeds;

import org.newslens.model.FullPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.library.ImportService;
import org.newslens.model.Article;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;
import org.newslens.store.FeedStore.Feed;
import org.newslens.task.TaskContext;

class FeedRefresherTest {
    static final Instant T0 = Instant.parse("2025-04-23T08:00:00Z");

    @TempDir
    Path tmp;
    FeedServer server;
    Database db;
    MutableClock clock = new MutableClock(T0);

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        db = Database.open(tmp.resolve("lib"));
    }

    @AfterEach
    void tearDown() {
        db.close();
        server.close();
    }

    FeedRefresher refresher() {
        return new FeedRefresher(db, new JdkTestFetcher(), null, clock, 4);
    }

    String base() {
        return server.url("/site");
    }

    @Test
    void subscribeBySiteThenSecondRefreshAddsAndParsesNothing() throws Exception {
        server.put("/site/", "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Site</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/site/rss\"></head><body><p>Home</p></body></html>", false);
        server.put("/site/rss", "application/rss+xml", FeedServer.rss("Gazette", base(), 20, "g-"), true);
        FeedRefresher.Subscription s = refresher().subscribe(URI.create(server.url("/site/")), "News", TaskContext.none());
        assertFalse(s.alreadySubscribed());
        assertEquals(server.url("/site/rss"), s.feed().url(), "autodiscovery found the linked feed");
        assertEquals("Gazette", s.feed().title());
        assertEquals(20, s.firstRefresh().newArticles());
        assertEquals(20, new ArticleStore(db).count());
        assertEquals(1, server.hits("/site/"), "the page was fetched once and its response reused");
        assertEquals(1, server.hits("/site/rss"));
        Article a = new ArticleStore(db).find(new ArticleStore(db).listAll().get(0).id()).orElseThrow();
        assertTrue(a.body().contains("says the council met on Monday."), a.body());
        assertTrue(a.source().startsWith(server.url("/site/a/")), a.source());
        assertEquals(java.time.LocalDate.of(2025, 4, 22), a.published());

        FeedRefresher.Report again = refresher().refreshAll(false, TaskContext.none());
        assertEquals(0, again.newArticles());
        assertEquals(0, again.parsed(), "a 304 is not parsed");
        assertEquals(FeedRefresher.Status.NOT_MODIFIED, again.feeds().get(0).status());
        assertEquals(20, new ArticleStore(db).count());

        FeedRefresher.Subscription twice = refresher().subscribe(URI.create(server.url("/site/rss")), null, TaskContext.none());
        assertTrue(twice.alreadySubscribed());
        assertEquals(1, new FeedStore(db).feeds().size());
    }

    @Test
    void refreshStoresItemsAndAnUnchangedBodyIsNotParsedAgain() {
        server.put("/rss", "application/rss+xml", FeedServer.rss("Plain", base(), 20, "p-"), false); // no ETag
        Feed f = new FeedStore(db).add(server.url("/rss"), null, null, null, T0);
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        FeedRefresher.Report first = refresher().onStored(heard::addAndGet).refreshOne(f.id(), TaskContext.none());
        assertEquals(20, first.newArticles());
        assertEquals(20, heard.get(), "the listener hears of the stored articles");
        assertEquals(1, first.parsed());
        assertEquals(20, new ArticleStore(db).count());
        assertEquals(20, new FeedStore(db).itemCount(f.id()));
        assertEquals("Plain", new FeedStore(db).find(f.id()).orElseThrow().title());

        FeedRefresher.Report second = refresher().refreshOne(f.id(), TaskContext.none());
        assertEquals(0, second.newArticles());
        assertEquals(0, second.parsed(), "same body hash: not parsed");
        assertEquals(FeedRefresher.Status.UNCHANGED, second.feeds().get(0).status());
        assertEquals(2, server.hits("/rss"));
    }

    @Test
    void anItemBackWithANewGuidIsStillOneArticle() {
        server.put("/rss", "application/rss+xml", FeedServer.rss("Guid", base(), 5, "old-"), false);
        Feed f = new FeedStore(db).add(server.url("/rss"), null, null, null, T0);
        assertEquals(5, refresher().refreshOne(f.id(), TaskContext.none()).newArticles());
        server.put("/rss", "application/rss+xml", FeedServer.rss("Guid", base(), 5, "new-"), false);
        FeedRefresher.Report r = refresher().refreshOne(f.id(), TaskContext.none());
        assertEquals(0, r.newArticles());
        assertEquals(5, r.feeds().get(0).duplicates());
        assertEquals(5, new ArticleStore(db).count());
        assertEquals(10, new FeedStore(db).itemCount(f.id()));
    }

    @Test
    void theSameArticleInTwoFeedsOrAlreadyImportedIsStoredOnce() throws Exception {
        String item = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%s</title><link>" + base() + "/</link>"
                + "<description>d</description><item><title>Shared</title><link>" + base() + "/shared%s</link><guid>%s-1</guid>"
                + "<description>&lt;p&gt;A story told by %s with enough words.&lt;/p&gt;</description></item></channel></rss>";
        server.put("/one", "application/rss+xml", String.format(item, "One", "", "one", "one"), false);
        server.put("/two", "application/rss+xml", String.format(item, "Two", "?utm_source=two#top", "two", "two"), false);
        server.put("/site/shared", "text/html", "<html><head><title>Shared</title></head><body><p>The shared story, in full.</p></body></html>", false);
        FeedStore store = new FeedStore(db);
        Feed one = store.add(server.url("/one"), null, null, null, T0);
        Feed two = store.add(server.url("/two"), null, null, null, T0);
        FeedRefresher.Report r1 = refresher().refreshOne(one.id(), TaskContext.none());
        FeedRefresher.Report r2 = refresher().refreshOne(two.id(), TaskContext.none());
        assertEquals(1, r1.newArticles());
        assertEquals(0, r2.newArticles());
        assertEquals(1, r2.feeds().get(0).duplicates());
        assertEquals(1, new ArticleStore(db).count());
        assertEquals(1, store.itemCount(one.id()));
        assertEquals(1, store.itemCount(two.id()));
        assertEquals(1, server.hits("/site/shared"), "the page of a known URL is not fetched again");

        // body hash across the library: an item whose text is an article already imported from a file
        new ImportService(db).importDocuments(List.of(new ImportService.Document("note.txt",
                "The mayor opened the new library on Friday morning.".getBytes(), null)), TaskContext.none());
        server.put("/three", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Three</title>"
                + "<link>" + base() + "/</link><description>d</description><item><title>Library</title><link>" + base() + "/lib</link>"
                + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">The mayor opened the new library on Friday morning."
                + "</content:encoded></item></channel></rss>", false);
        Feed three = store.add(server.url("/three"), null, null, null, T0);
        FeedRefresher.Report r3 = refresher().refreshOne(three.id(), TaskContext.none());
        assertEquals(0, r3.newArticles());
        assertEquals(1, r3.feeds().get(0).duplicates());
        assertEquals(2, new ArticleStore(db).count());
    }

    @Test
    void summaryOnlyItemsFetchTheirPageUnlessTheFeedSaysNever() {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Brief</title><link>" + base() + "/</link>"
                + "<description>d</description><item><title>Ferry</title><link>" + base() + "/ferry</link><guid>f1</guid>"
                + "<description>Short teaser.</description></item></channel></rss>";
        server.put("/brief", "application/rss+xml", feed, false);
        server.put("/site/ferry", "text/html; charset=utf-8", "<html><head><title>Ferry | Gazette</title><script>alert(1)</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><p>The ferry terminal opened on Monday, the mayor said.</p>"
                + "<iframe src=\"https://ads.example/\"></iframe><p>It cost 12 million, and the first boats leave at six.</p></body></html>", false);
        FeedStore store = new FeedStore(db);
        Feed auto = store.add(server.url("/brief"), null, null, null, T0);
        assertEquals(1, refresher().refreshOne(auto.id(), TaskContext.none()).newArticles());
        assertEquals(1, server.hits("/site/ferry"));
        ArticleSummary s = new ArticleStore(db).listAll().get(0);
        Article a = new ArticleStore(db).find(s.id()).orElseThrow();
        assertEquals("Ferry", a.title(), "the item's title, not the page's");
        assertTrue(a.body().contains("The ferry terminal opened on Monday"), a.body());
        assertFalse(a.body().contains("alert"), a.body());

        server.put("/never", "application/rss+xml", feed.replace("f1", "n1").replace("/ferry", "/ferry-2")
                .replace("Short teaser.", "Another teaser for the never feed."), false);
        Feed never = store.add(server.url("/never"), null, null, null, T0);
        store.setFullPage(never.id(), FullPage.NEVER);
        assertEquals(1, refresher().refreshOne(never.id(), TaskContext.none()).newArticles());
        assertEquals(0, server.hits("/site/ferry-2"), "never: the page is not fetched");
        assertTrue(new ArticleStore(db).listAll().stream().anyMatch(x -> new ArticleStore(db).find(x.id()).orElseThrow()
                .body().equals("Another teaser for the never feed.")));
    }

    @Test
    void aFailingFeedKeepsItsReasonBacksOffAndIsNeverDropped() {
        FeedStore store = new FeedStore(db);
        Feed f = store.add(server.url("/gone"), "Gone", null, null, T0);
        FeedRefresher.Report r = refresher().refreshOne(f.id(), TaskContext.none());
        assertEquals(1, r.failed());
        Feed after = store.find(f.id()).orElseThrow();
        assertEquals("404 Not Found", after.lastError());
        assertEquals(1, after.failures());
        assertEquals(T0.plus(Duration.ofHours(1)), after.nextFetch());

        clock.now = T0.plus(Duration.ofHours(1));
        refresher().refreshAll(true, TaskContext.none());
        after = store.find(f.id()).orElseThrow();
        assertEquals(2, after.failures());
        assertEquals(clock.now.plus(Duration.ofHours(2)), after.nextFetch());
        assertEquals(0, refresher().refreshAll(true, TaskContext.none()).feeds().size(), "not due while backing off");

        server.put("/gone", "text/html", "<html><body><p>Moved</p></body></html>", false);
        refresher().refreshOne(f.id(), TaskContext.none());
        after = store.find(f.id()).orElseThrow();
        assertEquals("not a feed: an HTML page", after.lastError());
        assertEquals(3, after.failures());
        assertEquals(clock.now.plus(Duration.ofHours(4)), after.nextFetch());

        server.put("/gone", "application/rss+xml", FeedServer.rss("Back", base(), 2, "b"), false);
        refresher().refreshOne(f.id(), TaskContext.none());
        after = store.find(f.id()).orElseThrow();
        assertNull(after.lastError());
        assertEquals(0, after.failures());
        assertEquals(clock.now.plus(Duration.ofMinutes(60)), after.nextFetch());
        assertEquals(1, store.feeds().size());
    }

    @Test
    void anItemWithoutTextIsReportedAndNothingHalfIsStored() {
        server.put("/empty", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>E</title>"
                + "<link>" + base() + "/</link><description>d</description><item><title>Nothing</title><guid>e1</guid></item>"
                + "<item><title>Something</title><guid>e2</guid><description>Some text here.</description></item></channel></rss>", false);
        FeedStore store = new FeedStore(db);
        Feed f = store.add(server.url("/empty"), null, null, null, T0);
        FeedRefresher.Report r = refresher().refreshOne(f.id(), TaskContext.none());
        assertEquals(1, r.newArticles());
        assertEquals(1, r.feeds().get(0).itemFailures().size());
        assertTrue(r.feeds().get(0).itemFailures().get(0).contains("no article text"), r.feeds().get(0).itemFailures().toString());
        assertEquals(1, store.itemCount(f.id()));
        assertEquals(1, new ArticleStore(db).count());
    }

    @Test
    void discoveryFallsBackToCommonPathsAndSaysWhenThereIsNoFeed() throws Exception {
        server.put("/", "text/html", "<!DOCTYPE html><html><head><title>Blog</title></head><body><p>Hi</p></body></html>", false);
        assertThrows(FeedException.class, () -> new FeedDiscovery(new JdkTestFetcher(), clock).discover(URI.create(server.url("/"))));
        server.put("/feed.xml", "application/atom+xml", new String(FeedParserTest.resource("atom.xml"), java.nio.charset.StandardCharsets.UTF_8), false);
        FeedDiscovery.Found found = new FeedDiscovery(new JdkTestFetcher(), clock).discover(URI.create(server.url("/")));
        assertEquals(server.url("/feed.xml"), found.feedUrl().toString());
        assertEquals("Science Desk", found.feed().title());
        assertEquals(2, server.hits("/"), "the page is fetched once per discovery");
    }

    @Test
    void cancelStopsBetweenFeedsAndKeepsWhatWasStored() {
        FeedStore store = new FeedStore(db);
        for (int i = 0; i < 3; i++) {
            server.put("/c" + i, "application/rss+xml", FeedServer.rss("C" + i, base() + i, 2, "c" + i), false);
            store.add(server.url("/c" + i), null, null, null, T0);
        }
        int[] stored = {0};
        TaskContext ctx = new TaskContext() {
            @Override
            public void progress(long done, long total, String message) {
                stored[0] = (int) done;
            }

            @Override
            public boolean isCancelled() {
                return stored[0] >= 1;
            }
        };
        FeedRefresher.Report r = refresher().refreshAll(false, ctx);
        assertTrue(r.cancelled());
        assertEquals(1, r.feeds().size());
        assertEquals(2, new ArticleStore(db).count());
    }
}
