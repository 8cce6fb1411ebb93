package org.newslens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.store.Database;

/** Every listing and export scope: all, one article, a person, a date range, free text. */
class AnnotationQueryTest {
    @TempDir
    Path dir;
    Database db;
    AnnotationQuery query;
    long a;
    long b;
    long c;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        a = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
        b = Fixture.article(db, "Trade deal", LocalDate.of(2025, 3, 1), "Bo Chan");
        c = Fixture.article(db, "Harvest", LocalDate.of(2025, 1, 10), "Cy Dee");
        Fixture.article(db, "Unannotated", LocalDate.of(2025, 4, 1), "Ann Lee");
        NoteStore notes = new NoteStore(db);
        notes.save(a, "Talks note");
        notes.save(b, "Remember the tariffs");
        new HighlightStore(db).addFirstOccurrence(c, "Cy Dee said", "farmer", List.of("farm"));
        new HighlightStore(db).addFirstOccurrence(a, "Ann Lee said on Monday", "key quote", List.of("talks", "lee"));
        query = new AnnotationQuery(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(NoteFilter f) {
        return query.list(f).stream().map(AnnotatedArticle::id).toList();
    }

    @Test
    void everythingAnnotatedNewestFirst() {
        assertEquals(List.of(a, b, c), ids(NoteFilter.all()));
    }

    @Test
    void oneArticle() {
        assertEquals(List.of(b), ids(NoteFilter.article(b)));
        assertEquals(List.of(), ids(NoteFilter.article(999)));
    }

    @Test
    void byPersonNameSurnameOrUnknown() {
        assertEquals(List.of(a), ids(NoteFilter.person("Ann Lee")));
        assertEquals(List.of(a, b), ids(NoteFilter.person("Chan")));
        org.newslens.store.UnknownActorException e = assertThrows(org.newslens.store.UnknownActorException.class,
                () -> ids(NoteFilter.person("Nobody Known")));
        // The core says what is wrong, typed; the command line adds its "(see: newslens actors)" (NotesCliTest).
        assertEquals("Nobody Known", e.name());
        assertEquals("no actor called 'Nobody Known' in the library", e.getMessage());
    }

    @Test
    void byPublishedDateRange() {
        assertEquals(List.of(b), ids(NoteFilter.dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31))));
        assertEquals(List.of(a, b), ids(NoteFilter.dates(LocalDate.of(2025, 3, 1), null)));
        assertEquals(List.of(c), ids(NoteFilter.dates(null, LocalDate.of(2025, 1, 10))));
        assertThrows(IllegalArgumentException.class, () -> NoteFilter.dates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void byFreeTextInArticleNoteOrHighlight() {
        assertEquals(List.of(c), ids(new NoteFilter(null, null, "harvest", null, null)));
        assertEquals(List.of(b), ids(new NoteFilter(null, null, "TARIFFS", null, null)));
        assertEquals(List.of(a), ids(new NoteFilter(null, null, "key quote", null, null)));
        assertEquals(List.of(c), ids(new NoteFilter(null, null, "farm", null, null)));
        assertEquals(List.of(), ids(new NoteFilter(null, null, "100% \"odd\" (text) _", null, null)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(b), ids(new NoteFilter("Chan", null, null, null, LocalDate.of(2025, 4, 1))));
    }

    @Test
    void highlightsCarryTheActorsAndDatesInsideThem() {
        AnnotatedArticle x = query.load(a).orElseThrow();
        assertEquals(List.of("Ann Lee", "Bo Chan"), x.actors());
        AnnotatedHighlight h = x.highlights().get(0);
        assertEquals(List.of("Ann Lee"), h.actors());
        assertEquals(1, h.dates().size());
        assertEquals("Monday", h.dates().get(0).text());
        assertEquals("2025-04-21", h.dates().get(0).day());
        assertEquals("Talks note", x.note().body());
    }
}
