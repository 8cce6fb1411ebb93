package org.newslens.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.Fixture;
import org.newslens.model.Note;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.notes.NoteEditorViewModel.SaveState;
import org.newslens.ui.state.WindowState;
import org.newslens.ui.timing.FakeScheduler;

/** The note editor without a toolkit: the debounce fires by hand, tasks run on this thread. */
class NoteEditorViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private NoteStore notes;
    private final WindowState state = new WindowState();
    private final FakeScheduler debounce = new FakeScheduler();
    private ArticleSummary a;
    private ArticleSummary b;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        notes = new NoteStore(db);
        ArticleStore articles = new ArticleStore(db);
        a = articles.find(Fixture.article(db, "Talks", LocalDate.of(2025, 4, 22), "Vladimir Putin")).orElseThrow().summary();
        b = articles.find(Fixture.article(db, "Truce", LocalDate.of(2025, 4, 20), "Volodymyr Zelensky")).orElseThrow().summary();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String stored(ArticleSummary s) {
        return notes.find(s.id()).map(Note::body).orElse("");
    }

    @Test
    void savesAMomentAfterTheLastKeystroke() {
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, new CurrentThreadTaskExecutor(), state, debounce);
        state.selectArticle(a);
        assertTrue(vm.editableProperty().get());

        vm.onEdit("Check");
        vm.onEdit("Check the timeline");
        assertEquals(SaveState.EDITED, vm.saveStateProperty().get());
        assertEquals("", stored(a), "nothing written while typing");

        debounce.fire();
        assertEquals("Check the timeline", stored(a));
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
    }

    @Test
    void switchingArticlesSavesAtOnceAndShowsEachNote() {
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, new CurrentThreadTaskExecutor(), state, debounce);
        state.selectArticle(a);
        vm.onEdit("Note on A");
        state.selectArticle(b);
        assertEquals("Note on A", stored(a));
        assertFalse(debounce.isPending());
        assertEquals("", vm.textProperty().get());

        vm.onEdit("Note on B");
        state.selectArticle(a);
        assertEquals("Note on A", vm.textProperty().get());
        assertEquals("Note on B", stored(b));
    }

    @Test
    void writesRunInOrderAndATextOnItsWayIsShownWhenComingBack() {
        QueuedExecutor executor = new QueuedExecutor();
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, executor, state, debounce);
        state.selectArticle(a);
        executor.runAll();
        vm.onEdit("first");
        vm.onSaveNow();
        vm.onEdit("second");
        vm.onSaveNow();
        assertEquals(1, executor.size(), "one write at a time");
        assertEquals(SaveState.SAVING, vm.saveStateProperty().get());

        state.selectArticle(b);
        state.selectArticle(a);
        executor.runAll();
        assertEquals("second", stored(a));
        assertEquals("second", vm.textProperty().get(), "the pending text, not the older stored one");
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
    }

    @Test
    void closingWritesWhatIsStillPending() {
        QueuedExecutor executor = new QueuedExecutor();
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, executor, state, debounce);
        state.selectArticle(a);
        executor.runAll();
        vm.onEdit("typed just before closing");

        vm.saveAndClose();
        assertEquals("typed just before closing", stored(a));
        assertEquals(Optional.empty(), notes.find(b.id()));
    }

    @Test
    void aBlankNoteIsDeleted() {
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, new CurrentThreadTaskExecutor(), state, debounce);
        notes.save(a.id(), "old");
        state.selectArticle(a);
        assertEquals("old", vm.textProperty().get());
        vm.onEdit("  ");
        debounce.fire();
        assertTrue(notes.find(a.id()).isEmpty());
    }

    /** Killed after 6 s of typing without a pause, the library holds what was typed at most a second before. */
    @Test
    void continuousTypingIsSavedAtLeastOnceASecond() {
        NoteEditorViewModel vm = new NoteEditorViewModel(notes, new CurrentThreadTaskExecutor(), state, debounce);
        state.selectArticle(a);
        StringBuilder typed = new StringBuilder();
        java.util.Map<String, Long> typedAt = new java.util.HashMap<>();
        for (int i = 0; i < 60; i++) { // a keystroke every 100 ms
            typed.append((char) ('a' + i % 26));
            vm.onEdit(typed.toString());
            typedAt.put(typed.toString(), debounce.nowMillis());
            debounce.advance(java.time.Duration.ofMillis(100));
        }
        long killedAt = debounce.nowMillis(); // the process dies here: nothing pending runs
        String saved = stored(a);
        assertTrue(typedAt.containsKey(saved), "a text that was typed: " + saved);
        long lost = killedAt - typedAt.get(saved);
        assertTrue(lost <= 1000, "lost " + lost + " ms of typing");
    }
}
