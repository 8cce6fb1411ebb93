package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.ExtractedQuote;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.NewArticle;

/** Storage of extraction results and actor identity, with hand-made extractions (no NLP). */
class ExtractionStoreTest {
    @TempDir
    Path dir;
    Database db;
    ActorStore actors;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        actors = new ActorStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Stores an article whose body names each person in {@code names} once, in order. */
    private long store(String hash, LocalDate published, String... names) {
        StringBuilder body = new StringBuilder();
        List<ExtractedActor> list = new ArrayList<>();
        for (String n : names) {
            int start = body.length();
            body.append(n).append(" spoke on Monday. ");
            list.add(new ExtractedActor(n, ActorType.PERSON, List.of(), List.of(), List.of(new Span(start, start + n.length(), n))));
        }
        String text = body.toString();
        int mon = text.indexOf("Monday");
        ExtractedDate monday = new ExtractedDate("Monday", "2025-04-21", "DATE", mon, mon + 6,
                text.substring(0, text.indexOf('.') + 1), 0, text.indexOf('.') + 1, List.of(names[0]));
        Extraction e = new Extraction(published, false, list, List.of(monday),
                List.of(new ExtractedQuote(names[0], "spoke", 0, 5)));
        return db.write(c -> {
            long id = ArticleStore.insert(c, new NewArticle("T " + hash, "s", published, text), hash, false, null, Instant.now());
            ExtractionStore.save(c, id, text, e, "test-1");
            return id;
        });
    }

    private ActorRef only(String name) {
        List<ActorRef> found = actors.lookup(name);
        assertEquals(1, found.size(), "lookup " + name + ": " + found);
        return found.get(0);
    }

    @Test
    void storesAndLoadsActorsDatesAndQuotes() {
        long id = store("a", LocalDate.of(2025, 4, 22), "Vladimir Putin", "Dmitry Peskov");
        ArticleExtraction x = new ExtractionStore(db).load(id);
        assertEquals(List.of("Vladimir Putin", "Dmitry Peskov"), x.actors().stream().map(ArticleExtraction.ArticleActor::name).toList());
        assertEquals(1, x.actors().get(0).mentions().size());
        assertEquals("2025-04-21", x.dates().get(0).day());
        assertEquals(List.of("Vladimir Putin"), x.dates().get(0).actors());
        assertEquals("Vladimir Putin", x.quotes().get(0).speaker());
        assertEquals("test-1", new ArticleStore(db).find(id).orElseThrow().extractorVersion());
    }

    @Test
    void theSamePersonAcrossArticlesIsOneActorWithVariantsFolded() {
        store("a", null, "Volodymyr Zelensky");
        store("b", null, "Volodymyr Zelenskyy");
        store("c", null, "VOLODYMYR ZELENSKIY");
        ActorRef z = only("Zelensky");
        assertEquals(3, z.articleCount());
        assertEquals("Volodymyr Zelensky", z.name());
    }

    @Test
    void aCompanyWithOrWithoutItsLegalFormIsOneActor() {
        for (String[] a : new String[][] {{"a", "Apple Inc."}, {"b", "Apple"}, {"c", "APPLE INC"}}) {
            db.write(c -> {
                long id = ArticleStore.insert(c, new NewArticle("T", "s", null, a[1] + " said."), a[0], false, null, Instant.now());
                ExtractionStore.save(c, id, a[1] + " said.", new Extraction(null, false, List.of(new ExtractedActor(a[1],
                        ActorType.ORGANIZATION, List.of(), List.of(), List.of(new Span(0, a[1].length(), a[1])))), List.of(), List.of()), "t");
                return id;
            });
        }
        assertEquals(1, actors.list("ORGANIZATION", false).size());
        assertEquals(3, actors.list("ORGANIZATION", false).get(0).articleCount());
        assertEquals(1, actors.lookup("Apple Inc").size());
        // A name that is nothing but a legal form keeps it.
        assertEquals("inc", org.newslens.extract.NameKeys.key("Inc.", ActorType.ORGANIZATION));
    }

    @Test
    void aSurnameAloneJoinsTheOnlyPersonOfThatSurname() {
        store("a", null, "Donald Trump");
        store("b", null, "Trump");
        assertEquals(2, only("Donald Trump").articleCount());
        assertEquals(1, actors.list("PERSON", false).size());
    }

    @Test
    void mergeMovesEverythingAndLaterImportsFollow() {
        store("a", null, "Vladimir Putin");
        long b = store("b", null, "V. Putin");
        ActorRef full = only("Vladimir Putin");
        ActorRef abbrev = only("V. Putin");
        actors.merge(abbrev.id(), full.id());
        assertEquals(2, actors.find(full.id()).orElseThrow().articleCount());
        // The moved article shows the kept name, and knows its own as an alias.
        ArticleExtraction.ArticleActor moved = new ExtractionStore(db).load(b).actors().get(0);
        assertEquals("Vladimir Putin", moved.name());
        assertTrue(moved.aliases().contains("V. Putin"), moved.aliases().toString());
        assertTrue(actors.find(abbrev.id()).isEmpty());
        long later = store("c", null, "V. Putin");
        assertEquals(3, actors.find(full.id()).orElseThrow().articleCount());
        assertEquals(full.id(), new ExtractionStore(db).load(later).actors().get(0).actorId());
    }

    @Test
    void mergingTwoActorsOfOneArticleCombinesTheirRows() {
        store("a", null, "Jane Doe", "J. Doe");
        ActorRef jane = only("Jane Doe");
        actors.merge(only("J. Doe").id(), jane.id());
        ArticleExtraction x = new ExtractionStore(db).load(store("b", null, "Jane Doe") - 1);
        assertEquals(1, x.actors().size());
        assertEquals(2, x.actors().get(0).mentionCount());
        assertTrue(x.actors().get(0).aliases().contains("J. Doe"), x.actors().get(0).aliases().toString());
    }

    @Test
    void renameAndHidePersistAndRenamedNamesAreFound() {
        store("a", null, "Volodymyr Zelensky");
        ActorRef z = only("Zelensky");
        actors.rename(z.id(), "Volodymyr Zelenskyy (President)");
        assertEquals("Volodymyr Zelenskyy (President)", actors.find(z.id()).orElseThrow().name());
        store("b", null, "Volodymyr Zelenskyy (President)");
        assertEquals(2, actors.find(z.id()).orElseThrow().articleCount());
        actors.setHidden(z.id(), true);
        assertTrue(actors.list("PERSON", false).isEmpty());
        assertEquals(1, actors.list("PERSON", true).size());
    }

    @Test
    void badCorrectionsAreRefusedClearly() {
        store("a", null, "Ann Lee", "Bo Chan");
        assertThrows(IllegalArgumentException.class, () -> actors.merge(only("Ann Lee").id(), only("Ann Lee").id()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> actors.rename(only("Ann Lee").id(), "Bo Chan"));
        assertTrue(e.getMessage().contains("merge them instead"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> actors.setHidden(999, true));
    }
}
