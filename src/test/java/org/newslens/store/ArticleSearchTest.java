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
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.ArticleFilter;
import org.newslens.model.Cooccurrence;
import org.newslens.model.NewArticle;
import org.newslens.model.SearchPage;
import org.newslens.model.TimelineEntry;

class ArticleSearchTest {
    @TempDir
    Path dir;
    Database db;
    ArticleSearch search;
    ActorStore actors;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        search = new ArticleSearch(db);
        actors = new ActorStore(db);
        // day, people, words
        add("2025-01-01", "Ann Lee visited Paris on Monday.", "Ann Lee");
        add("2025-02-01", "Ann Lee and Bo Chan met in Rome on Monday.", "Ann Lee", "Bo Chan");
        add("2025-03-01", "Bo Chan spoke about tariffs on Monday.", "Bo Chan");
        add("2025-04-01", "Cy Diaz, Ann Lee and Bo Chan signed the tariff deal on Monday.", "Cy Diaz", "Ann Lee", "Bo Chan");
        add(null, "An undated note about Ann Lee on Monday.", "Ann Lee");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void add(String published, String body, String... people) {
        List<ExtractedActor> list = new ArrayList<>();
        for (String p : people) {
            int at = body.indexOf(p);
            list.add(new ExtractedActor(p, ActorType.PERSON, List.of(), List.of(), List.of(new Span(at, at + p.length(), p))));
        }
        LocalDate day = published == null ? null : LocalDate.parse(published);
        int mon = body.indexOf("Monday");
        List<ExtractedDate> dates = day == null ? List.of()
                : List.of(new ExtractedDate("Monday", day.minusDays(1).toString(), "DATE", mon, mon + 6, body, 0, body.length(), List.of(people)));
        db.write(c -> {
            long id = ArticleStore.insert(c, new NewArticle(body.substring(0, 12), "s", day, body), body, false, null, Instant.now());
            ExtractionStore.save(c, id, body, new Extraction(day, false, list, dates, List.of()), "t");
            return id;
        });
    }

    private long id(String name) {
        return actors.lookup(name).get(0).id();
    }

    private List<String> titles(SearchPage p) {
        return p.hits().stream().map(h -> h.article().published() == null ? "undated" : h.article().published().toString()).toList();
    }

    @Test
    void onePersonNewestFirstWithUndatedLast() {
        SearchPage p = search.search(ArticleFilter.none().withActors(List.of(id("Ann Lee")), false), 50, 0);
        assertEquals(List.of("2025-04-01", "2025-02-01", "2025-01-01", "undated"), titles(p));
        assertEquals(4, p.total());
    }

    @Test
    void severalPeopleCombineWithAndOrAny() {
        List<Long> both = List.of(id("Ann Lee"), id("Bo Chan"));
        assertEquals(List.of("2025-04-01", "2025-02-01"), titles(search.search(ArticleFilter.none().withActors(both, false), 50, 0)));
        assertEquals(5, search.search(ArticleFilter.none().withActors(both, true), 50, 0).total());
    }

    @Test
    void pagingReportsTheTotal() {
        SearchPage first = search.search(ArticleFilter.none().withActors(List.of(id("Ann Lee")), false), 2, 0);
        assertEquals(2, first.hits().size());
        assertEquals(4, first.total());
        SearchPage second = search.search(ArticleFilter.none().withActors(List.of(id("Ann Lee")), false), 2, 2);
        assertEquals(List.of("2025-01-01", "undated"), titles(second));
    }

    @Test
    void textSearchWithSnippetsAndDateRange() {
        SearchPage p = search.search(ArticleFilter.none().withQuery("tariff"), 50, 0);
        assertEquals(List.of("2025-04-01", "2025-03-01"), titles(p)); // prefix: tariff*, tariffs
        assertTrue(p.hits().get(0).snippet().contains(SearchPage.MARK_START + "tariff" + SearchPage.MARK_END), p.hits().get(0).snippet());
        SearchPage ranged = search.search(ArticleFilter.none().withQuery("tariff").withRange(LocalDate.parse("2025-03-15"), null), 50, 0);
        assertEquals(List.of("2025-04-01"), titles(ranged));
        SearchPage personAndText = search.search(new ArticleFilter(List.of(id("Ann Lee")), false, "monday", null, LocalDate.parse("2025-02-01")), 50, 0);
        assertEquals(List.of("2025-02-01", "2025-01-01"), titles(personAndText));
    }

    @Test
    void userTextCannotBreakTheQuery() {
        for (String q : List.of("\"", "AND", "tariff OR", "NEAR(", "*", "-", "()", "\"unclosed phrase")) {
            search.search(ArticleFilter.none().withQuery(q), 50, 0); // no exception
        }
        assertEquals(0, search.search(ArticleFilter.none().withQuery("!!!"), 50, 0).total());
        assertEquals(1, search.search(ArticleFilter.none().withQuery("\"signed the tariff\""), 50, 0).total());
    }

    @Test
    void cachedCountsFollowNewArticles() {
        List<Long> both = List.of(id("Ann Lee"), id("Bo Chan"));
        ArticleFilter f = ArticleFilter.none().withActors(both, false);
        assertEquals(2, search.search(f, 1, 0).total());
        add("2025-05-01", "Ann Lee and Bo Chan again on Monday.", "Ann Lee", "Bo Chan");
        assertEquals(3, search.search(f, 1, 0).total());
        assertEquals(6, search.search(ArticleFilter.none().withActors(both, true), 1, 0).total());
    }

    @Test
    void appearsWithCountsSharedArticles() {
        List<Cooccurrence> with = search.appearsWith(ArticleFilter.none().withActors(List.of(id("Ann Lee")), false), 10);
        assertEquals("Bo Chan", with.get(0).name());
        assertEquals(2, with.get(0).articles());
        assertEquals("Cy Diaz", with.get(1).name());
        assertFalse(with.stream().anyMatch(c -> c.name().equals("Ann Lee")));
    }

    @Test
    void timelineInCalendarOrderWithPeople() {
        List<TimelineEntry> t = search.timeline(ArticleFilter.none().withActors(List.of(id("Cy Diaz")), false), true, 100);
        assertEquals(1, t.size());
        assertEquals("2025-03-31", t.get(0).day());
        assertTrue(t.get(0).actors().containsAll(List.of("Cy Diaz", "Ann Lee", "Bo Chan")));
        List<String> days = search.timeline(ArticleFilter.none(), false, 100).stream().map(TimelineEntry::day).toList();
        assertEquals(List.of("2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31"), days);
    }

    @Test
    void personFilterPlansUseTheIndexWithoutSorting() {
        for (ArticleFilter f : List.of(ArticleFilter.none().withActors(List.of(id("Ann Lee")), false),
                ArticleFilter.none().withActors(List.of(id("Ann Lee"), id("Bo Chan")), false),
                ArticleFilter.none().withActors(List.of(id("Ann Lee")), false).withRange(LocalDate.parse("2025-01-01"), null))) {
            String plan = search.explain(f);
            assertFalse(plan.contains("TEMP B-TREE"), plan);
            assertTrue(plan.contains("article_actor_by_actor"), plan);
        }
        assertFalse(search.explain(ArticleFilter.none()).contains("TEMP B-TREE"));
    }
}
