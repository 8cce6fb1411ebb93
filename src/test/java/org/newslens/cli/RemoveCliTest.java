package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.OrphanNotes;
import org.newslens.ui.LibraryFixture;

/** {@code newslens remove}: all or nothing, notes kept unless --delete-notes. */
class RemoveCliTest {
    @TempDir
    Path lib;

    @Test
    void removesArticlesKeepingTheirNotes() {
        List<ArticleSummary> all;
        try (Database db = LibraryFixture.create(lib)) {
            all = new ArticleStore(db).listAll();
            new NoteStore(db).save(all.get(0).id(), "keep me");
        }
        String a = String.valueOf(all.get(0).id());
        String b = String.valueOf(all.get(1).id());

        CliRun bad = CliRun.of("--library", lib.toString(), "remove", a, "999");
        assertEquals(1, bad.code());
        assertEquals("newslens: There is no article #999 in the library; nothing was removed.\n", bad.err());

        CliRun ok = CliRun.of("--library", lib.toString(), "remove", a, b);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("removed    #" + a + "  " + all.get(0).title() + "  (notes kept as orphaned notes)"), ok.out());
        assertTrue(ok.out().endsWith("2 articles removed\n"), ok.out());
        try (Database db = Database.open(lib)) {
            assertEquals(all.size() - 2, new ArticleStore(db).count());
            assertEquals(1, new OrphanNotes(db).list().size());
        }
    }

    @Test
    void deleteNotesLeavesNoOrphans() {
        long id;
        try (Database db = LibraryFixture.create(lib)) {
            id = new ArticleStore(db).listAll().get(0).id();
            new NoteStore(db).save(id, "delete me");
        }
        assertEquals(0, CliRun.of("--library", lib.toString(), "remove", "--delete-notes", String.valueOf(id)).code());
        try (Database db = Database.open(lib)) {
            assertTrue(new OrphanNotes(db).list().isEmpty());
        }
    }
}
