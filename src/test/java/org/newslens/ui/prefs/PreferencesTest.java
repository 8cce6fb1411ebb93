package org.newslens.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        assertEquals(UiPreferences.DEFAULTS, PreferencesStore.inLibrary(dir).load());
    }

    @Test
    void savedValuesComeBack() throws Exception {
        PreferencesStore store = PreferencesStore.inLibrary(dir);
        UiPreferences p = UiPreferences.DEFAULTS.withWindow(10, 20, 900, 700).withDividers(0.3, 0.7)
                .withDarkTheme(true).withReaderFontSize(20);
        store.save(p);
        assertEquals(p, store.load());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void nonsenseFallsBackToDefaultsValueByValue() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME),
                "window.width=wide\nwindow.height=10\ndivider.list=0.9\ndivider.sidebar=0.5\nreader.fontSize=300\ntheme.dark=true\n");
        UiPreferences p = PreferencesStore.inLibrary(dir).load();
        assertEquals(UiPreferences.DEFAULTS.windowWidth(), p.windowWidth());
        assertEquals(UiPreferences.MIN_HEIGHT, p.windowHeight());
        assertTrue(p.leftDivider() < p.rightDivider());
        assertEquals(UiPreferences.MAX_FONT_SIZE, p.readerFontSize());
        assertTrue(p.darkTheme());
        assertFalse(p.hasPosition());
    }

    @Test
    void textSizeStepsStayWithinBounds() {
        PreferencesModel model = new PreferencesModel(PreferencesStore.inLibrary(dir), Duration.ofHours(1));
        for (int i = 0; i < 40; i++) {
            model.onBiggerText();
        }
        assertEquals(UiPreferences.MAX_FONT_SIZE, model.get().readerFontSize());
        model.onSmallerText();
        assertEquals(UiPreferences.MAX_FONT_SIZE - 1, model.get().readerFontSize());
        model.onResetText();
        assertEquals(UiPreferences.DEFAULT_FONT_SIZE, model.get().readerFontSize());
        model.close();
    }

    @Test
    void changesAreSavedAfterAPauseAndOnClose() throws Exception {
        PreferencesStore store = PreferencesStore.inLibrary(dir);
        PreferencesModel model = new PreferencesModel(store, Duration.ofMillis(50));
        model.onToggleDarkTheme();
        model.onBiggerText();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!store.load().darkTheme() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(model.get(), store.load());

        PreferencesModel slow = new PreferencesModel(store, Duration.ofHours(1));
        slow.onResetText();
        slow.close();
        assertEquals(UiPreferences.DEFAULT_FONT_SIZE, store.load().readerFontSize());
        model.close();
    }

    @Test
    void aChangeAfterCloseIsSavedAtOnceInsteadOfFailing() {
        PreferencesStore store = PreferencesStore.inLibrary(dir);
        PreferencesModel model = new PreferencesModel(store, Duration.ofHours(1));
        model.close();
        model.onToggleDarkTheme();
        assertEquals(true, store.load().darkTheme(), "saved although the save thread has stopped");
    }

    @Test
    void theNotePaneSettingsOfTheFormerNotesFileAreKeptUntilTheNextSave() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FORMER_NOTES_FILE_NAME), "notePane.open=false\nnotePane.divider=0.6\n");
        PreferencesStore store = PreferencesStore.inLibrary(dir);
        UiPreferences p = store.load();
        assertFalse(p.notePaneOpen());
        assertEquals(0.6, p.notePaneDivider());
        assertEquals(UiPreferences.DEFAULTS.readerFontSize(), p.readerFontSize());

        store.save(p.withNotePaneOpen(true).withDarkTheme(true));
        UiPreferences again = store.load();
        assertTrue(again.notePaneOpen(), "this file wins over the former one");
        assertEquals(0.6, again.notePaneDivider());
        assertTrue(again.darkTheme());
    }

    @Test
    void aNotePaneDividerOutOfRangeFallsBackToItsDefault() {
        assertEquals(UiPreferences.DEFAULT_NOTE_PANE_DIVIDER, UiPreferences.DEFAULTS.withNotePaneDivider(0.99).notePaneDivider());
        assertEquals(0.5, UiPreferences.DEFAULTS.withNotePaneDivider(0.5).notePaneDivider());
    }
}
