package org.newslens.ui.notes;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.ActorStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * The notes feature's view models around the window's {@link WindowState}: the note editor and the
 * highlights of the selected article, the notes browser, and the export and dossier dialogs' models.
 * {@link #saveAndClose()} writes what is still pending when the window closes.
 */
public final class NotesViewModel {
    private final TaskExecutor executor;
    private final Path settingsDir;
    private final NoteEditorViewModel editor;
    private final HighlightsViewModel highlights;
    private final NotesBrowserViewModel browser;
    private final ExportViewModel export;
    private final DossierViewModel dossier;
    private final ReadOnlyObjectWrapper<NotesPreferences> preferences = new ReadOnlyObjectWrapper<>(this, "preferences");

    public NotesViewModel(Database db, TaskExecutor executor, WindowState state) {
        this(db, executor, state, () -> new FxDebounce(NoteEditorViewModel.SAVE_DELAY));
    }

    public NotesViewModel(Database db, TaskExecutor executor, WindowState state, Supplier<Debounce> debounce) {
        this.executor = executor;
        this.settingsDir = db.file().toAbsolutePath().getParent();
        this.editor = new NoteEditorViewModel(new NoteStore(db), executor, state, debounce.get());
        this.highlights = new HighlightsViewModel(new HighlightStore(db), new ArticleStore(db), executor, state);
        ActorStore actors = new ActorStore(db);
        NotesExporter exporter = new NotesExporter(db);
        this.browser = new NotesBrowserViewModel(new AnnotationQuery(db), actors, new ArticleStore(db), executor, state, highlights);
        this.export = new ExportViewModel(exporter, actors, executor, state);
        this.dossier = new DossierViewModel(exporter, actors, executor, state);
        this.preferences.set(NotesPreferences.load(settingsDir));
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

    public ReadOnlyObjectProperty<NotesPreferences> preferencesProperty() {
        return preferences.getReadOnlyProperty();
    }

    public void onTogglePane() {
        preferences.set(preferences.get().withPaneOpen(!preferences.get().paneOpen()));
        NotesPreferences p = preferences.get();
        executor.execute(BackgroundTask.of("Save notes settings", ctx -> {
            p.save(settingsDir);
            return null;
        }));
    }

    /** Remembered when the window closes. */
    public void onPaneDivider(double position) {
        preferences.set(preferences.get().withPaneDivider(position));
    }

    /** Writes the note still being typed and the settings; call when the window closes, before the executor stops. */
    public void saveAndClose() {
        editor.saveAndClose();
        preferences.get().save(settingsDir);
    }
}
