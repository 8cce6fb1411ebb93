package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleFilter;
import org.newslens.model.NewArticle;
import org.newslens.model.SearchPage;

/**
 * The sources pane's feed and folder filter: a feed's articles, a folder's (its sub-folders' feeds too,
 * an article in two of its feeds once), combined with text, dates and the reading state, newest first
 * with exact totals and no sort of the matches; per-feed unread counts.
 */
class FeedFilterTest {
    @TempDir
    Path dir;
    Database db;
    ArticleSearch search;
    final List<Long> ids = new ArrayList<>();
    long news;
    long local;
    long gazette;
    long herald;
    long blog;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        search = new ArticleSearch(db);
        for (int i = 0; i < 12; i++) {
            LocalDate day = LocalDate.of(2025, 1 + i, 1);
            String body = "Story " + i + (i % 2 == 0 ? " about tariffs." : " about trade.");
            ids.add(db.write(c -> ArticleStore.insert(c, new NewArticle("A " + day, "s", day, body), body, false, null, Instant.now())));
        }
        Instant now = Instant.parse("2025-12-01T00:00:00Z");
        db.write(c -> {
            news = FeedStore.folder(c, "News", null);
            local = FeedStore.folder(c, "Local", news);
            gazette = FeedStore.add(c, "http://127.0.0.1/gazette", "Gazette", null, news, now).id();
            herald = FeedStore.add(c, "http://127.0.0.1/herald", "Herald", null, local, now).id();
            blog = FeedStore.add(c, "http://127.0.0.1/blog", "Blog", null, null, now).id();
            // Gazette: 0..5; Herald (News / Local): 4..7 (4 and 5 in both); Blog: 10, 11; 8 and 9 in no feed.
            for (int i = 0; i < 12; i++) {
                if (i <= 5) FeedStore.insertItem(c, gazette, "g" + i, null, ids.get(i), now);
                if (i >= 4 && i <= 7) FeedStore.insertItem(c, herald, "h" + i, null, ids.get(i), now);
                if (i >= 10) FeedStore.insertItem(c, blog, "b" + i, null, ids.get(i), now);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every match, paged by 2 (so that totals are counted, not taken from a short page), newest first. */
    private List<Long> matches(ArticleFilter f) {
        List<Long> out = new ArrayList<>();
        int total = -1;
        for (int offset = 0; ; offset += 2) {
            SearchPage p = search.search(f, 2, offset);
            if (total < 0) total = p.total();
            assertEquals(total, p.total(), "the total does not change from page to page");
            if (p.hits().isEmpty()) break;
            p.hits().forEach(h -> out.add(h.article().id()));
        }
        assertEquals(total, out.size(), "exact total for " + f);
        return out;
    }

    private List<Long> ids(int... is) {
        List<Long> out = new ArrayList<>();
        for (int i : is) out.add(ids.get(i));
        return out;
    }

    @Test
    void aFeedOrAFolderNarrowsTheListNewestFirst() {
        assertEquals(ids(5, 4, 3, 2, 1, 0), matches(ArticleFilter.none().withFeed(gazette)));
        assertEquals(ids(7, 6, 5, 4), matches(ArticleFilter.none().withFeed(herald)));
        assertEquals(ids(7, 6, 5, 4, 3, 2, 1, 0), matches(ArticleFilter.none().withFolder(news)), "sub-folders count, shared items once");
        assertEquals(ids(7, 6, 5, 4), matches(ArticleFilter.none().withFolder(local)));
        assertEquals(ids(11, 10), matches(ArticleFilter.none().withFeed(blog)));
        assertEquals(List.of(), matches(ArticleFilter.none().withFeed(blog + 100)));
        assertEquals(12, matches(ArticleFilter.none()).size());
    }

    @Test
    void theFeedCombinesWithTextDatesAndReadingState() {
        ReadingStore reading = new ReadingStore(db);
        reading.setRead(ids.get(5), true);
        reading.setStarred(ids.get(2), true);
        ArticleFilter gaz = ArticleFilter.none().withFeed(gazette);
        assertEquals(ids(4, 2, 0), matches(gaz.withQuery("tariffs")));
        assertEquals(ids(3, 2), matches(gaz.withRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30))));
        assertEquals(ids(4, 3, 2, 1, 0), matches(gaz.withUnreadOnly(true)));
        assertEquals(ids(2), matches(gaz.withStarredOnly(true)));
        assertEquals(ids(7, 6, 4, 3, 2, 1, 0), matches(ArticleFilter.none().withFolder(news).withUnreadOnly(true)));

        // Mark all read of a feed marks that feed's articles only.
        assertEquals(3, reading.markAllRead(ArticleFilter.none().withFeed(herald)));
        assertEquals(ids(11, 10, 9, 8, 3, 2, 1, 0), matches(ArticleFilter.none().withUnreadOnly(true)));
    }

    @Test
    void feedsAreCheckedFromAnIndexInListOrder() {
        for (ArticleFilter f : List.of(ArticleFilter.none().withFeed(gazette), ArticleFilter.none().withFolder(news),
                ArticleFilter.none().withFeed(gazette).withUnreadOnly(true), ArticleFilter.none().withFeed(gazette).withStarredOnly(true))) {
            String plan = search.explain(f);
            assertFalse(plan.contains("TEMP B-TREE"), f + ": " + plan);
            assertTrue(plan.contains("feed_item_by_article_feed"), f + ": " + plan);
        }
    }

    @Test
    void aSmallFeedDrivesFromItsItems() {
        // 150 more articles, two of them in a new feed of three: a small share of the library.
        List<Long> more = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i);
            more.add(db.write(c -> ArticleStore.insert(c, new NewArticle("B " + day, "s", day, "Other " + day), "o" + day, false, null,
                    Instant.now())));
        }
        long tiny = db.write(c -> {
            long id = FeedStore.add(c, "http://127.0.0.1/tiny", "Tiny", null, null, Instant.now()).id();
            FeedStore.insertItem(c, id, "t1", null, more.get(7), Instant.now());
            FeedStore.insertItem(c, id, "t2", null, more.get(30), Instant.now());
            FeedStore.insertItem(c, id, "t3", null, ids.get(3), Instant.now());
            return id;
        });
        ArticleFilter f = ArticleFilter.none().withFeed(tiny);
        assertEquals(List.of(ids.get(3), more.get(30), more.get(7)), matches(f));
        assertFalse(search.explain(f).contains("SCAN a"), search.explain(f));
        new ReadingStore(db).setRead(more.get(30), true);
        assertEquals(List.of(ids.get(3), more.get(7)), matches(f.withUnreadOnly(true)));
        assertEquals(List.of(ids.get(3)), matches(f.withQuery("story")));
        assertEquals(ids(5, 4, 3, 2, 1, 0), matches(ArticleFilter.none().withFeed(gazette)), "the big feeds as before");
    }

    @Test
    void listingsCountUnreadItemsPerFeed() {
        new ReadingStore(db).setRead(ids.get(4), true);
        var byTitle = new java.util.HashMap<String, int[]>();
        new FeedStore(db).listings().forEach(l -> byTitle.put(l.feed().title(), new int[] {l.items(), l.unread()}));
        assertEquals(List.of(6, 5), List.of(byTitle.get("Gazette")[0], byTitle.get("Gazette")[1]));
        assertEquals(List.of(4, 3), List.of(byTitle.get("Herald")[0], byTitle.get("Herald")[1]));
        assertEquals(List.of(2, 2), List.of(byTitle.get("Blog")[0], byTitle.get("Blog")[1]));
        // A folder counts an article in two of its feeds once: News holds 0..7, Local (Herald) 4..7.
        var folders = new FeedStore(db).folderCounts();
        assertEquals(new FeedStore.FolderCount(8, 7), folders.get(news));
        assertEquals(new FeedStore.FolderCount(4, 3), folders.get(local));
    }
}
