package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.model.ArticleFilter;
import org.newslens.model.NewArticle;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteStore;
import org.newslens.ui.FixtureLibraryTest;

/** Removing articles with or without their notes, and undo that puts every row back. */
class ArticleRemovalTest extends FixtureLibraryTest {
    ArticleRemoval removal;
    long id;

    @BeforeEach
    void open() {
        removal = new ArticleRemoval(db);
        id = new ArticleStore(db).listAll().stream().filter(a -> a.title().startsWith("Lee and Chan")).findFirst().orElseThrow().id();
        new NoteStore(db).save(id, "My *note*");
        new HighlightStore(db).addFirstOccurrence(id, "Rome", "where", List.of("place"));
    }

    /** Every row of every table, as text, for a before/after comparison. */
    private List<String> dump() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_fts%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(t);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
            return out;
        });
    }

    private int count(String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void previewSaysWhatGoesWithTheArticle() {
        org.newslens.model.RemovalPreview p = removal.preview(id).orElseThrow();
        assertTrue(p.hasNote());
        assertEquals(1, p.highlights());
        assertTrue(removal.preview(9999).isEmpty());
    }

    @Test
    void removeTakesEverythingAndUndoRestoresEveryRow() {
        List<String> before = dump();
        ArticleRemoval.Removed r = removal.remove(id, false);
        assertFalse(r.notesKept());
        assertTrue(new ArticleStore(db).find(id).isEmpty());
        for (String t : List.of("article_actor", "mention", "date_mention", "quote", "note", "highlight")) {
            assertEquals(0, count("SELECT count(*) FROM " + t + " WHERE article_id = " + id), t);
        }
        assertEquals(0, count("SELECT count(*) FROM orphan_note"));
        ArticleSearch search = new ArticleSearch(db);
        assertEquals(4, search.search(ArticleFilter.none(), 50, 0).total());
        assertEquals(0, search.search(ArticleFilter.none().withQuery("Rome"), 50, 0).total(), "gone from full-text search");

        removal.restore(r);
        assertEquals(before, dump());
        assertEquals(1, search.search(ArticleFilter.none().withQuery("Rome"), 50, 0).total(), "back in full-text search");
    }

    @Test
    void undoLinksAgainTheRowsThatTheRemovalOnlyUnlinked() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO feed (id, url, added_at) VALUES (7, 'https://example.org/feed', '2026-01-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO feed_item (feed_id, guid, article_id, seen_at) VALUES (7, 'g1', " + id
                        + ", '2026-01-01T00:00:00Z')");
            }
            return null;
        });
        List<String> before = dump();
        ArticleRemoval.Removed r = removal.remove(id, false);
        assertEquals(1, count("SELECT count(*) FROM feed_item WHERE article_id IS NULL"), "the item stays, unlinked");
        removal.restore(r);
        assertEquals(before, dump());
        assertEquals(1, count("SELECT count(*) FROM feed_item WHERE article_id = " + id));
    }

    @Test
    void keptNotesWaitForTheSameTextAndUndoTakesThemBack() {
        String body = new ArticleStore(db).find(id).orElseThrow().body();
        ArticleRemoval.Removed r = removal.remove(id, true);
        assertTrue(r.notesKept());
        assertEquals(1, new OrphanNotes(db).list().size());
        assertEquals(1, new OrphanNotes(db).list().get(0).highlights().size());

        List<String> afterRemoval = dump();
        removal.restore(r);
        assertEquals(0, count("SELECT count(*) FROM orphan_note"), "undo takes the kept notes back");
        assertEquals("My *note*", new NoteStore(db).find(id).orElseThrow().body());
        assertEquals(1, new HighlightStore(db).forArticle(id).size());

        removal.remove(id, true);
        assertEquals(afterRemoval.size(), dump().size());
        long again = db.write(c -> ArticleStore.insert(c, new NewArticle("Again", "s", null, body), "again-hash-is-the-body", false, null,
                Instant.now()));
        assertTrue(new NoteStore(db).find(again).isEmpty(), "another text does not take them");
        long same = db.write(c -> ArticleStore.insert(c, new NewArticle("Same", "s", null, body), body, false, null, Instant.now()));
        assertEquals("My *note*", new NoteStore(db).find(same).orElseThrow().body(), "the same text gets its notes back");
        assertEquals("Rome", new HighlightStore(db).forArticle(same).get(0).quote());
        assertEquals(0, count("SELECT count(*) FROM orphan_note"));
    }

    @Test
    void undoKeepsWorkingAfterALaterImportTookTheRowIds() {
        long newest = new ArticleStore(db).listAll().stream().mapToLong(a -> a.id()).max().orElseThrow();
        String text = new ArticleStore(db).find(newest).orElseThrow().body();
        int mentions = count("SELECT count(*) FROM mention WHERE article_id = " + newest);
        ArticleRemoval.Removed r = removal.remove(newest, false);
        // A new article takes the freed id; then the old one cannot come back under its id.
        long taken = db.write(c -> ArticleStore.insert(c, new NewArticle("New", "s", null, "new text"), "new", false, null, Instant.now()));
        assertEquals(newest, taken);
        RestoreConflictException e = assertThrows(RestoreConflictException.class, () -> removal.restore(r));
        assertEquals(newest, e.id());
        assertEquals(r.title(), e.title());
        assertEquals(RestoreConflictException.Reason.ID_TAKEN, e.reason());
        removal.remove(taken, false);
        // Child rows whose ids were taken meanwhile get fresh ones.
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO mention(article_id, actor_id, start, end, text) SELECT " + id + ", actor_id, 0, 1, 'x' FROM mention LIMIT 3");
            }
            return null;
        });
        removal.restore(r);
        assertEquals(mentions, count("SELECT count(*) FROM mention WHERE article_id = " + newest));
        assertEquals(text, new ArticleStore(db).find(newest).orElseThrow().body());
    }

    @Test
    void undoIsRefusedWhenTheSameTextCameBackUnderAnotherId() {
        long first = new ArticleStore(db).listAll().stream().mapToLong(a -> a.id()).min().orElseThrow();
        String hash = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT content_hash FROM article WHERE id = " + first)) {
                rs.next();
                return rs.getString(1);
            }
        });
        ArticleRemoval.Removed r = removal.remove(first, false);
        long back = db.write(c -> ArticleStore.insert(c, new NewArticle("Back", "s", null, "the same text"), hash, false, null, Instant.now()));
        assertFalse(back == first, "a later id");
        List<String> before = dump();
        RestoreConflictException e = assertThrows(RestoreConflictException.class, () -> removal.restore(r));
        assertEquals(RestoreConflictException.Reason.TEXT_PRESENT, e.reason());
        assertEquals(first, e.id());
        assertEquals(before, dump(), "nothing changed");
    }

    @Test
    void anUnknownIdRemovesNothing() {
        int before = new ArticleStore(db).count();
        UnknownArticleException e = assertThrows(UnknownArticleException.class, () -> removal.remove(List.of(id, 4242L), false));
        assertEquals(4242L, e.id());
        assertEquals(before, new ArticleStore(db).count());
    }
}
