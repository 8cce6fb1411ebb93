package org.newslens.feeds;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Block;
import org.newslens.net.FetchException;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;
import org.newslens.task.TaskContext;

/** The small rules feeds rest on: canonical URLs, item HTML to blocks, feed links in a page, strict dates, failures from the fetcher. */
class FeedPartsTest {
    @TempDir
    Path tmp;

    @Test
    void canonicalUrls() {
        assertEquals("https://news.example/a/1", FeedUrls.canonical("HTTPS://News.Example:443/a/1#comments"));
        assertEquals("https://news.example/a/1?id=3", FeedUrls.canonical("https://news.example/a/1?utm_source=rss&id=3&fbclid=x"));
        assertEquals("http://news.example:8080/", FeedUrls.canonical("http://news.example:8080"));
        assertNull(FeedUrls.canonical("javascript:alert(1)"));
        assertNull(FeedUrls.canonical("mailto:a@b.example"));
        assertFalse(FeedUrls.identifiesArticle("https://news.example/"), "a front page is not one article");
        assertTrue(FeedUrls.identifiesArticle("https://news.example/?p=12"));
        assertEquals("https://example.org", FeedUrls.parseUserUrl(" example.org ").toString());
        assertThrows(IllegalArgumentException.class, () -> FeedUrls.parseUserUrl("file:///etc/passwd"));
    }

    @Test
    void itemHtmlBecomesBlocks() {
        var s = org.newslens.web.PageExtractor.fragment("Loose <b>bold</b> text<br><br>after a break<h2>Head</h2><ul><li>one</li><li>two</li></ul>"
                + "<script>steal()</script><blockquote><p>Quoted.</p></blockquote><iframe src=x></iframe><div><p>In a div.</p></div>", null);
        List<String> texts = s.blocks().stream().map(Block::text).toList();
        assertEquals(List.of("Loose bold text", "after a break", "Head", "one", "two", "Quoted.", "In a div."), texts);
        assertEquals(Block.Kind.HEADING, s.blocks().get(2).kind());
        assertEquals(Block.Kind.LIST_ITEM, s.blocks().get(3).kind());
        assertEquals(Block.Kind.QUOTE, s.blocks().get(5).kind());
        assertFalse(s.plainText().contains("steal"));
    }

    @Test
    void feedLinksInAPage() {
        String html = "<html><head><base href=\"https://site.example/blog/\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" href=\"/feed.json\">"
                + "<link rel=\"alternate\" type=\"text/html\" hreflang=\"fr\" href=\"/fr/\">"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\"></head><body></body></html>";
        assertEquals(List.of(URI.create("https://site.example/blog/atom.xml"), URI.create("https://site.example/feed.json")),
                FeedDiscovery.linkedFeeds(html, URI.create("https://site.example/blog/post")));
    }

    @Test
    void strictDates() {
        assertEquals(LocalDate.of(2025, 4, 22), FeedDates.day("Tue, 22 Apr 2025 09:30:00 +0000"));
        assertEquals(LocalDate.of(2025, 4, 22), FeedDates.day("22 Apr 2025 23:30 EST"));
        assertEquals(LocalDate.of(2003, 6, 1), FeedDates.day("Sun, 01 Jun 03 10:00:00 GMT"));
        assertEquals(LocalDate.of(2025, 4, 22), FeedDates.day("2025-04-22T23:59:59.123-08:00"));
        assertEquals(LocalDate.of(2025, 4, 22), FeedDates.day("2025-04-22"));
        assertNull(FeedDates.day("2025-02-30T10:00:00Z"));
        assertNull(FeedDates.day("31 Feb 2025"));
        assertNull(FeedDates.day("Tue, 22 Foo 2025 09:30:00 +0000"));
        assertNull(FeedDates.day("soon"));
        assertNull(FeedDates.day(""));
    }

    @Test
    void fetcherFailuresAreStoredWithTheirReasonAndRetryAfter() {
        Instant now = Instant.parse("2025-04-23T08:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (Database db = Database.open(tmp.resolve("lib"))) {
            FeedStore store = new FeedStore(db);
            FeedStore.Feed slow = store.add("https://slow.example/feed", null, null, null, now);
            FeedStore.Feed busy = store.add("https://busy.example/feed", null, null, null, now);
            FeedRefresher r = new FeedRefresher(db, req -> {
                if (req.uri().getHost().startsWith("slow")) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, 0, null, "timed out", null);
                }
                throw new FetchException(FetchException.Kind.HTTP_STATUS, 429, now.plus(Duration.ofHours(3)), "429 Too Many Requests", null);
            }, null, clock, 2);
            FeedRefresher.Report report = r.refreshAll(false, TaskContext.none());
            assertEquals(2, report.failed());
            assertEquals("timed out", store.find(slow.id()).orElseThrow().lastError());
            assertEquals(now.plus(Duration.ofHours(1)), store.find(slow.id()).orElseThrow().nextFetch());
            FeedStore.Feed b = store.find(busy.id()).orElseThrow();
            assertEquals("429 Too Many Requests", b.lastError());
            assertEquals(now.plus(Duration.ofHours(3)), b.nextFetch(), "the host's Retry-After wins over a shorter back-off");
        }
    }
}
