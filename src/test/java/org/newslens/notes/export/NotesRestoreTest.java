package org.newslens.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.Fixture;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.NoteStore;
import org.newslens.notes.NotesRestore;
import org.newslens.store.Database;

/** JSON out of one library, back into another whose articles were re-imported (one with a changed text). */
class NotesRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void exportedNotesComeBackIntoAReimportedLibrary() {
        String json;
        try (Database db = Database.open(tmp.resolve("one"))) {
            long a = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
            long b = Fixture.article(db, "Trade deal", LocalDate.of(2025, 3, 1), "Bo Chan", "Cy Dee");
            Fixture.article(db, "Gone", LocalDate.of(2025, 1, 1), "Di Eu");
            new NoteStore(db).save(a, "note A");
            new HighlightStore(db).addFirstOccurrence(a, "Bo Chan said", "hA", List.of("t"));
            new HighlightStore(db).addFirstOccurrence(b, "Cy Dee said on Monday", "hB", List.of());
            new HighlightStore(db).addFirstOccurrence(b, "Bo Chan said", "hB2", List.of());
            new NoteStore(db).save(3, "lost");
            json = JsonExport.write(new AnnotationQuery(db).list(NoteFilter.all()), "all notes");
        }
        try (Database db = Database.open(tmp.resolve("two"))) {
            long a = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
            long b = Fixture.article(db, "Trade deal", LocalDate.of(2025, 3, 1), "Bo Chan", "Cy Dee");
            // B re-imported with an edited text: a paragraph added in front, Bo Chan's sentence reworded.
            Fixture.setBody(db, b, "Editor's note: updated. " + Fixture.body(db, b).replace("Bo Chan said", "Bo Chan stated"));
            NotesRestore.Report r = new NotesRestore(db).restore(JsonExport.read(json));
            assertEquals(2, r.articles());
            assertEquals(1, r.notes());
            assertEquals(3, r.highlights());
            assertEquals(1, r.orphaned());
            assertEquals(List.of("Gone (2025-01-01)"), r.unmatched());

            AnnotatedArticle ra = new AnnotationQuery(db).load(a).orElseThrow();
            assertEquals("note A", ra.note().body());
            Highlight ha = ra.highlights().get(0).highlight();
            assertEquals("Bo Chan said", Fixture.body(db, a).substring(ha.start(), ha.end()));
            assertEquals(List.of("t"), ha.tags());
            List<Highlight> hb = new HighlightStore(db).forArticle(b);
            Highlight cy = hb.stream().filter(h -> h.comment().equals("hB")).findFirst().orElseThrow();
            assertEquals("Cy Dee said on Monday", Fixture.body(db, b).substring(cy.start(), cy.end()));
            assertTrue(hb.stream().filter(h -> h.comment().equals("hB2")).findFirst().orElseThrow().orphaned());

            NotesRestore.Report again = new NotesRestore(db).restore(JsonExport.read(json));
            assertEquals(0, again.notes() + again.highlights(), "restoring twice adds nothing");
        }
    }
}
