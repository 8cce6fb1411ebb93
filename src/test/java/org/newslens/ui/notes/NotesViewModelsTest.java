package org.newslens.ui.notes;

import org.newslens.ui.reader.Paragraphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.Fixture;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.OrphanedNotes;
import org.newslens.notes.NoteStore;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.prefs.PreferencesStore;
import org.newslens.ui.prefs.UiPreferences;
import org.newslens.ui.state.WindowState;
import org.newslens.ui.timing.FakeScheduler;

/** Highlights, the notes browser and the export dialog's model, without a toolkit. */
class NotesViewModelsTest {
    @TempDir
    Path dir;
    private Database db;
    private final TaskExecutor executor = new CurrentThreadTaskExecutor();
    private final WindowState state = new WindowState();
    private ArticleStore articles;
    private HighlightStore highlightStore;
    private ReaderViewModel reader;
    private HighlightsViewModel highlights;
    private ArticleSummary talks;
    private ArticleSummary truce;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library"));
        articles = new ArticleStore(db);
        highlightStore = new HighlightStore(db);
        talks = articles.find(Fixture.article(db, "Talks", LocalDate.of(2025, 4, 22), "Vladimir Putin")).orElseThrow().summary();
        truce = articles.find(Fixture.article(db, "Truce", LocalDate.of(2025, 4, 20), "Volodymyr Zelensky")).orElseThrow().summary();
        reader = new ReaderViewModel(articles, new ExtractionStore(db), executor, state);
        highlights = new HighlightsViewModel(highlightStore, reader.articleProperty(), executor, state);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void highlightsAreCreatedEditedAndDeleted() {
        state.selectArticle(talks);
        BodyText body = highlights.bodyTextProperty().get();
        assertNotNull(body);
        int start = body.body().indexOf("We will talk");
        highlights.onAdd(start, start + "We will talk".length(), " First offer ", "#talks, ceasefire talks");

        Highlight h = highlights.highlights().get(0);
        assertEquals("We will talk", h.quote());
        assertEquals("First offer", h.comment());
        assertEquals(List.of("talks", "ceasefire"), h.tags());
        assertEquals(List.of(h), highlightStore.forArticle(talks.id()));

        highlights.onUpdate(h.id(), "Offer, revised", "kremlin");
        assertEquals("Offer, revised", highlightStore.find(h.id()).orElseThrow().comment());
        assertEquals(List.of("kremlin"), highlights.highlights().get(0).tags());

        highlights.onDelete(h.id());
        assertTrue(highlights.highlights().isEmpty());
        assertTrue(highlightStore.forArticle(talks.id()).isEmpty());

        state.selectArticle(truce);
        assertEquals(truce.id(), highlights.bodyTextProperty().get().articleId());
    }

    @Test
    void highlightsFollowTheirTextWhenTheBodyChanged() {
        Highlight h = highlightStore.addFirstOccurrence(talks.id(), "We will talk", "", List.of());
        Fixture.setBody(db, talks.id(), "A new first paragraph.\n\n" + Fixture.body(db, talks.id()));
        state.selectArticle(talks);
        Highlight shown = highlights.highlights().get(0);
        assertEquals(h.start() + "A new first paragraph.\n\n".length(), shown.start());
        assertFalse(shown.orphaned());
    }

    @Test
    void shownParagraphsMapBackToBodyOffsets() {
        String body = "First  line\r\nwrapped here.\n\n  Second\tparagraph.\n";
        BodyText t = BodyText.of(1, body);
        assertEquals(List.of("First line wrapped here.", "Second paragraph."), t.pieces().stream().map(Paragraphs.Piece::text).toList());
        Paragraphs.Piece second = t.pieces().get(1);
        assertEquals(body.indexOf("Second"), second.bodyOffset(0));
        assertEquals(body.indexOf("paragraph"), second.bodyOffset(second.text().indexOf("paragraph")));
        assertEquals(body.indexOf("paragraph."), second.indexOf(body.indexOf("paragraph.")) + body.indexOf("Second"));
    }

    @Test
    void theBrowserListsNewestFirstFiltersAndOpensAtTheHighlight() {
        NoteStore notes = new NoteStore(db);
        notes.save(truce.id(), "Ask about the truce");
        Highlight h = highlightStore.addFirstOccurrence(talks.id(), "We will talk", "Offer", List.of("talks"));
        NotesBrowserViewModel vm = new NotesBrowserViewModel(new AnnotationQuery(db), new OrphanedNotes(db), new ActorStore(db), articles, executor,
                state, highlights);

        vm.onRefresh();
        assertEquals(List.of(AnnotationEntry.Kind.HIGHLIGHT, AnnotationEntry.Kind.NOTE),
                vm.entries().stream().map(AnnotationEntry::kind).toList(), "the most recent first");
        assertEquals("1 note, 1 highlight", vm.countProperty().get());
        assertTrue(vm.people().containsAll(List.of("Vladimir Putin", "Volodymyr Zelensky")));

        vm.onFilter("Zelensky", "", null, null);
        assertEquals(List.of("Truce"), vm.entries().stream().map(AnnotationEntry::title).toList());
        vm.onFilter("", "offer", null, null);
        assertEquals(List.of("Talks"), vm.entries().stream().map(AnnotationEntry::title).toList());
        vm.onFilter("", "", LocalDate.of(2025, 4, 21), null);
        assertEquals(List.of("Talks"), vm.entries().stream().map(AnnotationEntry::title).toList());
        vm.onFilter("", "", LocalDate.of(2025, 4, 23), LocalDate.of(2025, 4, 1));
        assertTrue(vm.entries().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("The date range is empty"));
        vm.onFilter("Nobody", "", null, null);
        assertEquals("No actor called 'Nobody' in the library", vm.messageProperty().get());

        vm.onFilter("", "", null, null);
        vm.onOpen(vm.entries().get(0));
        assertEquals(talks.id(), state.getSelectedArticle().id());
        org.newslens.ui.state.TextTarget r = highlights.revealProperty().get();
        assertEquals(List.of(talks.id(), (long) h.start(), (long) h.end()), List.of(r.articleId(), (long) r.start(), (long) r.end()));
    }

    @Test
    void exportScopesBecomeFiltersAndForeignFilesAreOverwrittenOnlyAfterAsking() throws Exception {
        new NoteStore(db).save(talks.id(), "A note");
        ExportViewModel vm = new ExportViewModel(new NotesExporter(db), new ActorStore(db), executor, state);
        Path file = dir.resolve("notes.md");
        ExportRequest all = new ExportRequest(ExportChoice.MARKDOWN_FILE, ExportScope.ALL, null, null, null, file);

        assertEquals(NoteFilter.all(), vm.filter(all));
        assertEquals(NoteFilter.person("Putin"), vm.filter(withScope(all, ExportScope.PERSON, "Putin")));
        assertEquals(NoteFilter.dates(LocalDate.of(2025, 4, 1), null),
                vm.filter(new ExportRequest(ExportChoice.CSV, ExportScope.DATES, null, LocalDate.of(2025, 4, 1), null, file)));
        assertThrows(IllegalArgumentException.class, () -> vm.filter(withScope(all, ExportScope.ARTICLE, null)), "no article open");
        state.selectArticle(talks);
        assertEquals(NoteFilter.article(talks.id()), vm.filter(withScope(all, ExportScope.ARTICLE, null)));

        Files.writeString(file, "my own file");
        vm.onExport(all);
        assertEquals("my own file", Files.readString(file));
        assertTrue(vm.confirmProperty().get().contains("was not written by a NewsLens export"), vm.confirmProperty().get());
        assertFalse(vm.confirmProperty().get().contains("--force"));
        vm.onConfirm();
        assertTrue(Files.readString(file).contains("A note"));
        assertEquals("Overwritten: " + file, vm.summaryProperty().get());
        assertEquals("", vm.confirmProperty().get());

        vm.onExport(all);
        assertEquals("Unchanged (already up to date): " + file, vm.summaryProperty().get());

        Path folder = dir.resolve("vault");
        vm.onExport(new ExportRequest(ExportChoice.MARKDOWN_FOLDER, ExportScope.ALL, null, null, null, folder));
        assertTrue(vm.summaryProperty().get().startsWith("1 article into " + folder + ": 1 written, 0 updated, 0 unchanged, 0 left alone"),
                vm.summaryProperty().get());

        vm.onExport(new ExportRequest(ExportChoice.HTML, ExportScope.ALL, null, null, null, dir.resolve("missing/notes.html")));
        assertFalse(vm.errorProperty().get().isEmpty());
        assertFalse(vm.errorProperty().get().contains("\n"), "one line");
    }

    @Test
    void aDossierIsSavedAndAForeignFileReplacedOnlyAfterAsking() throws Exception {
        DossierViewModel vm = new DossierViewModel(new NotesExporter(db), new ActorStore(db), executor);
        vm.onOpen();
        assertTrue(vm.people().contains("Vladimir Putin"));
        Path file = dir.resolve("putin.html");
        Files.writeString(file, "not ours");

        vm.onSave("Vladimir Putin", org.newslens.notes.export.ExportFormat.HTML, file);
        assertEquals("not ours", Files.readString(file));
        assertFalse(vm.confirmProperty().get().isEmpty());
        vm.onConfirm();
        assertEquals("Overwritten: " + file, vm.summaryProperty().get());
        assertTrue(Files.readString(file).contains("Vladimir Putin"));

        vm.onSave("Nobody Atall", org.newslens.notes.export.ExportFormat.MD, dir.resolve("nobody.md"));
        assertFalse(vm.errorProperty().get().isEmpty());
    }

    @Test
    void theNotePaneIsRememberedOpenOrClosed() {
        PreferencesModel prefs = new PreferencesModel(PreferencesStore.inLibrary(dir.resolve("library")));
        NotesViewModel vm = new NotesViewModel(db, executor, state, reader.articleProperty(), prefs, new FakeScheduler());
        assertFalse(vm.preferencesProperty().get().notePaneOpen(), "closed at first: the reader keeps the height");
        vm.onTogglePane();
        vm.onPaneDivider(0.5);
        vm.saveAndClose();
        prefs.close();
        PreferencesModel reopened = new PreferencesModel(PreferencesStore.inLibrary(dir.resolve("library")));
        UiPreferences again = new NotesViewModel(db, executor, state, reader.articleProperty(), reopened, new FakeScheduler()).preferencesProperty().get();
        reopened.close();
        assertEquals(List.of(true, 0.5), List.of(again.notePaneOpen(), again.notePaneDivider()));
    }

    private static ExportRequest withScope(ExportRequest r, ExportScope scope, String person) {
        return new ExportRequest(r.choice(), scope, person, r.from(), r.to(), r.destination());
    }

    @Test
    void theOrphanedScopeListsDeletesAndExportsTheNotesOfRemovedArticles() throws Exception {
        new NoteStore(db).save(talks.id(), "Ask about the talks");
        highlightStore.addFirstOccurrence(talks.id(), "We will talk", "Offer", List.of("talks"));
        new NoteStore(db).save(truce.id(), "Still in the library");
        NotesBrowserViewModel vm = new NotesBrowserViewModel(new AnnotationQuery(db), new OrphanedNotes(db), new ActorStore(db), articles,
                executor, state, highlights);
        vm.onScope(NotesBrowserViewModel.Scope.ORPHANED);
        assertTrue(vm.orphans().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("No orphaned notes"), vm.messageProperty().get());

        new org.newslens.store.ArticleRemoval(db).remove(talks.id(), true);
        vm.onRefresh();
        assertEquals(1, vm.orphans().size());
        OrphanEntry kept = vm.orphans().get(0);
        assertEquals("Talks", kept.title());
        assertEquals(LocalDate.of(2025, 4, 22), kept.published());
        assertEquals("Ask about the talks", kept.note());
        assertEquals(List.of("We will talk"), kept.highlights().stream().map(OrphanEntry.Highlight::quote).toList());
        assertEquals("Offer", kept.highlights().get(0).comment());
        assertEquals("1 removed article: 1 note, 1 highlight", vm.countProperty().get());
        assertEquals("its note and 1 highlight", NotesBrowserViewModel.describe(kept));

        // Back in the library scope, the removed article's notes are not there; the other article's are.
        vm.onScope(NotesBrowserViewModel.Scope.LIBRARY);
        assertEquals(List.of("Truce"), vm.entries().stream().map(AnnotationEntry::title).toList());
        vm.onScope(NotesBrowserViewModel.Scope.ORPHANED);

        ExportViewModel export = new ExportViewModel(new NotesExporter(db), new ActorStore(db), executor, state);
        Path file = dir.resolve("orphans.md");
        export.onExport(new ExportRequest(ExportChoice.MARKDOWN_FILE, ExportScope.ORPHANED, null, null, null, file));
        assertEquals("", export.errorProperty().get());
        String md = Files.readString(file);
        assertTrue(md.contains("Talks") && md.contains("Ask about the talks") && md.contains("We will talk"), md);
        assertFalse(md.contains("Still in the library"), md);
        export.onExport(new ExportRequest(ExportChoice.MARKDOWN_FOLDER, ExportScope.ORPHANED, null, null, null, dir.resolve("vault")));
        assertTrue(export.errorProperty().get().startsWith("Orphaned notes are exported to one file"), export.errorProperty().get());

        vm.onDeleteOrphan(kept);
        assertTrue(vm.orphans().isEmpty());
        assertTrue(new OrphanedNotes(db).list().isEmpty());
        assertEquals(List.of("Truce"), new AnnotationQuery(db).list(NoteFilter.all()).stream().map(a -> a.title()).toList(),
                "deleting orphans touches no other notes");
    }
}
