package org.newslens.ui.notes;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import org.newslens.model.Article;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.ActorStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.prefs.UiPreferences;
import org.newslens.ui.state.WindowState;
import org.newslens.ui.timing.Scheduler;

/**
 * The notes feature's view models around the window's {@link WindowState}: the note editor and the
 * highlights of the selected article, the notes browser, and the export and dossier dialogs' models.
 * {@link #saveAndClose()} writes the note still pending when the window closes; the note pane's settings
 * live in the window's one {@link PreferencesModel}.
 */
public final class NotesViewModel {
    private final PreferencesModel preferences;
    private final NoteEditorViewModel editor;
    private final HighlightsViewModel highlights;
    private final NotesBrowserViewModel browser;
    private final ExportViewModel export;
    private final DossierViewModel dossier;

    /**
     * {@code openArticle}: the open article as the reader loaded it; {@code preferences}: the window's one
     * preferences model, which also remembers the note pane.
     */
    public NotesViewModel(Database db, TaskExecutor executor, WindowState state, ObservableValue<Article> openArticle,
                          PreferencesModel preferences) {
        this(db, executor, state, openArticle, preferences, Scheduler.fx());
    }

    public NotesViewModel(Database db, TaskExecutor executor, WindowState state, ObservableValue<Article> openArticle,
                          PreferencesModel preferences, Scheduler scheduler) {
        this.preferences = preferences;
        this.editor = new NoteEditorViewModel(new NoteStore(db), executor, state, scheduler);
        this.highlights = new HighlightsViewModel(new HighlightStore(db), openArticle, executor, state);
        ActorStore actors = new ActorStore(db);
        NotesExporter exporter = new NotesExporter(db);
        this.browser = new NotesBrowserViewModel(new AnnotationQuery(db), new org.newslens.notes.OrphanedNotes(db), actors, new ArticleStore(db), executor, state, highlights);
        this.export = new ExportViewModel(exporter, actors, executor, state);
        this.dossier = new DossierViewModel(exporter, actors, executor, state);
    }

    public NoteEditorViewModel editor() {
        return editor;
    }

    public HighlightsViewModel highlights() {
        return highlights;
    }

    public NotesBrowserViewModel browser() {
        return browser;
    }

    public ExportViewModel export() {
        return export;
    }

    public DossierViewModel dossier() {
        return dossier;
    }

    /** How the export and dossier dialogs' Open and Show in folder reach the system. */
    public void setOpener(SystemOpener opener) {
        export.setOpener(opener);
        dossier.setOpener(opener);
    }

    /** The window's preferences; the note pane's are {@link UiPreferences#notePaneOpen()} and its divider. */
    public ReadOnlyObjectProperty<UiPreferences> preferencesProperty() {
        return preferences.currentProperty();
    }

    public void onTogglePane() {
        preferences.update(p -> p.withNotePaneOpen(!p.notePaneOpen()));
    }

    /** Remembered with the window's other settings. */
    public void onPaneDivider(double position) {
        preferences.update(p -> p.withNotePaneDivider(position));
    }

    /** Writes the note still being typed; call when the window closes, before the executor stops. */
    public void saveAndClose() {
        editor.saveAndClose();
    }
}
