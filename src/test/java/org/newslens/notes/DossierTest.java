package org.newslens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.export.DossierHtml;
import org.newslens.notes.export.DossierMarkdown;
import org.newslens.store.Database;
import org.yaml.snakeyaml.Yaml;

class DossierTest {
    @TempDir
    Path dir;
    Database db;
    long a;
    long b;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        a = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
        b = Fixture.article(db, "Trade <deal>", LocalDate.of(2025, 3, 1), "Bo Chan");
        Fixture.article(db, "Harvest", LocalDate.of(2025, 1, 10), "Cy Dee");
        Fixture.article(db, "Family", LocalDate.of(2025, 1, 11), "Di Chan");
        new NoteStore(db).save(b, "Chan's trade note");
        new HighlightStore(db).addFirstOccurrence(a, "Bo Chan said", "Chan speaks", List.of("chan"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsArticlesRolesQuotesDatedSentencesAndNotes() {
        Dossier d = new DossierService(db).build("Bo Chan");
        assertEquals("Bo Chan", d.person().name());
        assertEquals(List.of(a, b), d.entries().stream().map(e -> e.article().id()).toList());
        Dossier.Entry first = d.entries().get(0);
        assertEquals(List.of("speaker of Peace talks"), first.roles());
        assertEquals(1, first.quotes().size());
        assertEquals("We will talk about peace talks.", first.quotes().get(0).text());
        assertEquals(1, first.datedSentences().size());
        assertEquals("2025-04-21", first.datedSentences().get(0).day());
        assertTrue(first.datedSentences().get(0).sentence().startsWith("Bo Chan said on Monday"), first.datedSentences().get(0).sentence());
        assertNull(first.note());
        assertEquals("Chan speaks", first.highlights().get(0).highlight().comment());
        assertEquals("Chan's trade note", d.entries().get(1).note().body());

        String md = DossierMarkdown.write(d);
        Map<String, Object> fm = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4)));
        assertEquals("Bo Chan", fm.get("person"));
        assertTrue(md.contains("### Quotes\n\n> We will talk about peace talks.\n"), md);
        assertTrue(md.contains("### Dated sentences\n\n- **" + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 21)) + "** (Monday): Bo Chan said on Monday"), md);
        assertTrue(md.contains("### My note\n\nChan's trade note"), md);
        assertTrue(md.contains("- " + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 3, 1)) + " — Trade <deal> — Fixture Times (NewsLens #" + b + ")"), md);

        String html = DossierHtml.write(d);
        assertTrue(html.contains("Trade &lt;deal&gt;"));
        assertFalse(html.contains("Trade <deal>"));
        assertTrue(html.contains("<h3>Dated sentences</h3>"));
    }

    @Test
    void ambiguousAndUnknownPeopleAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DossierService(db).build("Chan"));
        assertTrue(e.getMessage().contains("matches several actors: "), e.getMessage());
        assertThrows(org.newslens.store.UnknownActorException.class, () -> new DossierService(db).build("Nobody"));
        assertEquals(1, new DossierService(db).build("Cy Dee").entries().size());
    }
}
