package org.newslens.notes;

import org.newslens.model.Note;
import org.newslens.model.Highlight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;

class NotesStoreTest {
    @TempDir
    Path dir;
    Database db;
    long id;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        id = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noteIsUpsertedWithItsTimeAndDeletedWhenBlank() {
        NoteStore notes = new NoteStore(db, Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC));
        assertEquals("first", notes.save(id, "first").orElseThrow().body());
        notes.save(id, "# Second\n\n- point");
        Note n = notes.find(id).orElseThrow();
        assertEquals("# Second\n\n- point", n.body());
        assertEquals(Instant.parse("2026-02-01T10:00:00Z"), n.updatedAt());
        assertTrue(notes.save(id, "  \n ").isEmpty());
        assertTrue(notes.find(id).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> notes.save(999, "x"));
    }

    @Test
    void appendAddsAParagraph() {
        NoteStore notes = new NoteStore(db);
        notes.append(id, "one");
        assertEquals("one\n\ntwo", notes.append(id, " two ").body());
        assertThrows(IllegalArgumentException.class, () -> notes.append(id, " "));
    }

    @Test
    void highlightStoresQuoteContextCommentAndTags() {
        HighlightStore hs = new HighlightStore(db);
        String body = Fixture.body(db, id);
        int at = body.indexOf("Bo Chan said");
        Highlight h = hs.add(id, at, at + "Bo Chan said".length(), "who?", List.of("#people", "people", " talks "));
        assertEquals("Bo Chan said", h.quote());
        assertEquals(body.substring(at - 40, at), h.prefix());
        assertEquals(body.substring(h.end(), h.end() + 40), h.suffix());
        assertEquals(List.of("people", "talks"), h.tags());
        assertEquals(h, hs.find(h.id()).orElseThrow());
        Highlight updated = hs.update(h.id(), "Chan, the envoy", List.of("envoy"));
        assertEquals("Chan, the envoy", updated.comment());
        assertEquals(List.of("envoy"), updated.tags());
        assertThrows(IllegalArgumentException.class, () -> hs.add(id, 10, 5, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> hs.add(12345, 0, 1, "", List.of()));
        assertTrue(hs.delete(h.id()));
        assertTrue(hs.forArticle(id).isEmpty());
    }

    @Test
    void firstOccurrenceAndMissingText() {
        HighlightStore hs = new HighlightStore(db);
        Highlight h = hs.addFirstOccurrence(id, "said on Monday", "c", List.of());
        assertEquals(Fixture.body(db, id).indexOf("said on Monday"), h.start());
        Highlight typed = hs.addFirstOccurrence(id, "Monday:  \"We will", "plain quotes typed", List.of());
        assertEquals("Monday: “We will", typed.quote());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hs.addFirstOccurrence(id, "not in the text", "c", List.of()));
        assertTrue(e.getMessage().contains("does not occur"), e.getMessage());
    }

    @Test
    void highlightsSurviveAChangedBodyAndOrphansAreKept() {
        HighlightStore hs = new HighlightStore(db);
        Highlight chan = hs.addFirstOccurrence(id, "Bo Chan said on Monday", "c1", List.of());
        Highlight lee = hs.addFirstOccurrence(id, "Ann Lee said", "c2", List.of());
        String body = Fixture.body(db, id);
        Fixture.setBody(db, id, "Breaking. " + body.replace("Ann Lee said", "Ann Lee stated"));

        // Read time: placed in the new body without writing.
        AnnotatedArticle a = new AnnotationQuery(db).load(id).orElseThrow();
        Highlight placed = a.highlights().stream().filter(x -> x.highlight().id() == chan.id()).findFirst().orElseThrow().highlight();
        assertEquals("Bo Chan said on Monday", Fixture.body(db, id).substring(placed.start(), placed.end()));

        List<HighlightStore.Relocation> moved = hs.relocate(id);
        assertEquals(AnchorFinder.Match.CONTEXT, moved.stream().filter(r -> r.before().id() == chan.id()).findFirst().orElseThrow()
                .location().match());
        Highlight after = hs.find(chan.id()).orElseThrow();
        assertEquals(Fixture.body(db, id).indexOf("Bo Chan said on Monday"), after.start());
        assertTrue(after.prefix().endsWith("about peace talks.” "), after.prefix());
        assertFalse(after.orphaned());
        assertTrue(hs.find(lee.id()).orElseThrow().orphaned());
        assertEquals("c2", hs.find(lee.id()).orElseThrow().comment());
    }
}
