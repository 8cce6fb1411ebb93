package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.ArticleFilter;
import org.newslens.model.NewArticle;
import org.newslens.model.ReadingCounts;
import org.newslens.model.SearchPage;

/** Read, unread and starred: the filter with exact totals, mark all read, counts per watched person. */
class ReadingStoreTest {
    @TempDir
    Path dir;
    Database db;
    ArticleSearch search;
    ActorStore actors;
    ReadingStore reading;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir);
        search = new ArticleSearch(db);
        actors = new ActorStore(db);
        reading = new ReadingStore(db);
        // 12 articles, one a month; Ann Lee in the even ones, Bo Chan in every third, "tariffs" in the odd ones.
        for (int i = 0; i < 12; i++) {
            List<String> people = new ArrayList<>();
            if (i % 2 == 0) {
                people.add("Ann Lee");
            }
            if (i % 3 == 0) {
                people.add("Bo Chan");
            }
            String body = String.join(" and ", people.isEmpty() ? List.of("Nobody") : people) + " spoke"
                    + (i % 2 == 1 ? " about tariffs." : " about trade.");
            ids.add(add(LocalDate.of(2025, 1 + i, 1), body, people));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long add(LocalDate day, String body, List<String> people) {
        List<ExtractedActor> list = new ArrayList<>();
        for (String p : people) {
            int at = body.indexOf(p);
            list.add(new ExtractedActor(p, ActorType.PERSON, List.of(), List.of(), List.of(new Span(at, at + p.length(), p))));
        }
        return db.write(c -> {
            long id = ArticleStore.insert(c, new NewArticle("A " + day, "s", day, body), body + day, false, null, Instant.now());
            ExtractionStore.save(c, id, body, new Extraction(day, false, list, List.of(), List.of()), "t");
            return id;
        });
    }

    private long actor(String name) {
        return actors.lookup(name).get(0).id();
    }

    /** The ids of every match (paged by 2, so that the totals are counted, not taken from a short page) and the total. */
    private List<Long> matches(ArticleFilter f) {
        List<Long> out = new ArrayList<>();
        int total = -1;
        for (int offset = 0; ; offset += 2) {
            SearchPage p = search.search(f, 2, offset);
            if (total < 0) {
                total = p.total();
            }
            assertEquals(total, p.total(), "the total does not change from page to page");
            if (p.hits().isEmpty()) {
                break;
            }
            p.hits().forEach(h -> out.add(h.article().id()));
        }
        assertEquals(total, out.size(), "exact total for " + f);
        return out;
    }

    @Test
    void newArticlesAreUnreadAndMarkingChangesTheListsAndCounts() {
        ArticleFilter unread = ArticleFilter.none().withUnreadOnly(true);
        assertEquals(12, matches(unread).size());
        assertEquals(new ReadingCounts(12, 12, 0, List.of()), reading.counts());

        reading.setRead(ids.get(11), true);
        reading.setRead(ids.get(4), true);
        reading.setStarred(ids.get(4), true);
        reading.setStarred(ids.get(7), true);
        List<Long> left = matches(unread);
        assertEquals(10, left.size());
        assertFalse(left.contains(ids.get(11)) || left.contains(ids.get(4)));
        assertEquals(ids.get(10), left.get(0), "newest first");
        assertEquals(List.of(ids.get(7), ids.get(4)), matches(ArticleFilter.none().withStarredOnly(true)));
        assertEquals(List.of(ids.get(7)), matches(ArticleFilter.none().withStarredOnly(true).withUnreadOnly(true)));
        ReadingCounts counts = reading.counts();
        assertEquals(10, counts.unread());
        assertEquals(2, counts.starred());

        // The list's summaries carry the state.
        SearchPage all = search.search(ArticleFilter.none(), 50, 0);
        var four = all.hits().stream().map(SearchPage.Hit::article).filter(a -> a.id() == ids.get(4)).findFirst().orElseThrow();
        assertTrue(four.read() && four.starred());
        var five = all.hits().stream().map(SearchPage.Hit::article).filter(a -> a.id() == ids.get(5)).findFirst().orElseThrow();
        assertFalse(five.read() || five.starred());

        reading.setRead(ids.get(4), false);
        reading.setStarred(ids.get(4), false);
        assertEquals(11, matches(unread).size());
        assertEquals(List.of(ids.get(7)), matches(ArticleFilter.none().withStarredOnly(true)));
    }

    @Test
    void readingStateCombinesWithPeopleTextAndDates() {
        long ann = actor("Ann Lee");
        long bo = actor("Bo Chan");
        reading.setRead(ids.get(0), true);   // Ann, Bo
        reading.setRead(ids.get(6), true);   // Ann, Bo
        reading.setRead(ids.get(3), true);   // Bo, tariffs
        reading.setStarred(ids.get(9), true); // Bo, tariffs
        reading.setStarred(ids.get(2), true); // Ann
        ArticleFilter unread = ArticleFilter.none().withUnreadOnly(true);
        assertEquals(List.of(ids.get(10), ids.get(8), ids.get(4), ids.get(2)), matches(unread.withActors(List.of(ann), false)));
        assertEquals(List.of(ids.get(9)), matches(unread.withActors(List.of(bo), false).withQuery("tariffs")));
        assertEquals(List.of(ids.get(9), ids.get(7), ids.get(5), ids.get(1)), matches(unread.withQuery("tariffs")
                .withRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31))));
        assertEquals(List.of(), matches(unread.withActors(List.of(ann, bo), false)).stream()
                .filter(id -> id.equals(ids.get(0)) || id.equals(ids.get(6))).toList());
        assertEquals(List.of(ids.get(10), ids.get(9), ids.get(8), ids.get(4), ids.get(2)),
                matches(unread.withActors(List.of(ann, bo), true)));
        assertEquals(List.of(ids.get(9)), matches(ArticleFilter.none().withStarredOnly(true).withActors(List.of(bo), false)));
        assertEquals(List.of(ids.get(9), ids.get(2)), matches(ArticleFilter.none().withStarredOnly(true).withActors(List.of(ann, bo), true)));
        assertEquals(List.of(ids.get(9)), matches(ArticleFilter.none().withStarredOnly(true).withQuery("tariffs")));
    }

    @Test
    void markAllReadTouchesOnlyTheFilteredArticlesInOneGo() {
        long bo = actor("Bo Chan");
        int marked = reading.markAllRead(ArticleFilter.none().withActors(List.of(bo), false));
        assertEquals(4, marked);
        assertEquals(8, reading.counts().unread());
        assertTrue(matches(ArticleFilter.none().withUnreadOnly(true).withActors(List.of(bo), false)).isEmpty());
        assertEquals(0, reading.markAllRead(ArticleFilter.none().withActors(List.of(bo), false)), "nothing left to mark");
        assertEquals(4, reading.markAllRead(ArticleFilter.none().withQuery("tariffs")), "the 6 odd months less Bo's 2");
        assertEquals(0, reading.markAllRead(ArticleFilter.none().withQuery("\"")), "a query with no words matches nothing");
        assertEquals(4, reading.markAllRead(ArticleFilter.none()));
        assertEquals(0, reading.counts().unread());
    }

    @Test
    void watchedPeopleCountTheirUnreadArticles() {
        long ann = actor("Ann Lee");
        long bo = actor("Bo Chan");
        actors.setWatched(bo, true);
        actors.setWatched(ann, true);
        assertEquals(List.of(new ReadingCounts.Watched(ann, "Ann Lee", "PERSON", 6), new ReadingCounts.Watched(bo, "Bo Chan", "PERSON", 4)),
                reading.counts().watched());
        reading.setRead(ids.get(0), true);
        reading.setRead(ids.get(3), true);
        assertEquals(List.of(5, 2), reading.counts().watched().stream().map(ReadingCounts.Watched::unread).toList());
        assertEquals(2, reading.unreadMentioning(bo));
        assertTrue(actors.find(bo).orElseThrow().watched());

        // A new article about Ann raises her count; re-extraction keeps a read article read.
        long fresh = add(LocalDate.of(2026, 1, 1), "Ann Lee again.", List.of("Ann Lee"));
        assertEquals(6, reading.unreadMentioning(ann));
        db.write(c -> {
            ExtractionStore.clear(c, ids.get(0));
            ExtractionStore.save(c, ids.get(0), "Ann Lee and Bo Chan",
                    new Extraction(null, false, List.of(new ExtractedActor("Ann Lee", ActorType.PERSON, List.of(), List.of(),
                            List.of(new Span(0, 7, "Ann Lee")))), List.of(), List.of()), "t2");
            return null;
        });
        assertEquals(6, reading.unreadMentioning(ann), "still read after re-extraction");
        // Removing an article lowers the counts.
        db.write(c -> c.createStatement().executeUpdate("DELETE FROM article WHERE id = " + fresh));
        assertEquals(5, reading.unreadMentioning(ann));

        actors.setWatched(ann, false);
        assertEquals(List.of("Bo Chan"), reading.counts().watched().stream().map(ReadingCounts.Watched::name).toList());
    }

    @Test
    void aMergeKeepsTheWatchAndTheUnreadRows() {
        long ann = actor("Ann Lee");
        long bo = actor("Bo Chan");
        actors.setWatched(bo, true);
        actors.merge(bo, ann);
        assertEquals(List.of(new ReadingCounts.Watched(ann, "Ann Lee", "PERSON", 8)), reading.counts().watched());
    }

    @Test
    void unknownArticlesAndActorsAreRefusedAndChangeNothing() {
        assertThrows(IllegalArgumentException.class, () -> reading.setRead(9999, true));
        assertThrows(IllegalArgumentException.class, () -> reading.setStarred(9999, true));
        assertThrows(IllegalArgumentException.class, () -> actors.setWatched(9999, true));
        assertEquals(new ReadingCounts(12, 12, 0, List.of()), reading.counts());
    }

    @Test
    void readingStatePlansWalkAnIndexWithoutSorting() {
        long ann = actor("Ann Lee");
        long bo = actor("Bo Chan");
        for (ArticleFilter f : List.of(ArticleFilter.none().withUnreadOnly(true),
                ArticleFilter.none().withStarredOnly(true),
                ArticleFilter.none().withStarredOnly(true).withActors(List.of(ann), false),
                ArticleFilter.none().withUnreadOnly(true).withActors(List.of(ann), false),
                ArticleFilter.none().withUnreadOnly(true).withActors(List.of(ann, bo), false))) {
            String plan = search.explain(f);
            assertFalse(plan.contains("TEMP B-TREE"), f + ": " + plan);
        }
        String personUnread = search.explain(ArticleFilter.none().withUnreadOnly(true).withActors(List.of(ann), false));
        assertTrue(personUnread.contains("article_actor_unread"), personUnread);
        assertTrue(search.explain(ArticleFilter.none().withUnreadOnly(true)).contains("article_unread"));
        assertTrue(search.explain(ArticleFilter.none().withStarredOnly(true)).contains("article_starred"));
    }
}
