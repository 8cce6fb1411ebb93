package org.newslens.ui.notes;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.model.ArticleSummary;
import org.newslens.model.Note;
import org.newslens.notes.NoteStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;
import org.newslens.ui.timing.Debouncer;
import org.newslens.ui.timing.Scheduler;

/**
 * The free-form note of the selected article. Every edit is saved in the background a moment after
 * the last keystroke ({@link #SAVE_DELAY}), and at least once a {@link #MAX_SAVE_WAIT} while typing goes on
 * without a pause (so a crash loses at most that much), at once when the selection moves to another article, and
 * synchronously by {@link #saveAndClose()} when the window goes. Writes run one after another, in the
 * order they were made, so an older text never overwrites a newer one.
 */
public final class NoteEditorViewModel {
    public static final Duration SAVE_DELAY = Duration.ofMillis(800);
    /** The longest an edit waits for its save while typing goes on. */
    public static final Duration MAX_SAVE_WAIT = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(NoteEditorViewModel.class.getName());

    /** What the quiet indicator says. */
    public enum SaveState {
        NONE(""), LOADING("Loading…"), EDITED("Edited"), SAVING("Saving…"), SAVED("Saved"), FAILED("Not saved");

        private final String label;

        SaveState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final NoteStore store;
    private final TaskExecutor executor;
    private final Debouncer debounce;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.NONE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Texts waiting to be written, per article, in the order they were made. */
    private final Map<Long, String> pending = new LinkedHashMap<>();
    private long articleId = -1;
    private long loadSerial;
    private boolean dirty;
    private Write writing;

    private record Write(long articleId, String body, CompletableFuture<Void> done) {
    }

    /** @param scheduler where the delayed save runs: {@link Scheduler#fx()} in the window */
    public NoteEditorViewModel(NoteStore store, TaskExecutor executor, WindowState state, Scheduler scheduler) {
        this.store = store;
        this.executor = executor;
        this.debounce = new Debouncer(scheduler, SAVE_DELAY, MAX_SAVE_WAIT, this::onSaveNow);
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        show(state.getSelectedArticle());
    }

    /** The note as typed (the view mirrors it into its text area). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** False while no article is shown or its note is loading. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public long articleId() {
        return articleId;
    }

    /** The user changed the text: saved a moment after the last change. */
    public void onEdit(String newText) {
        String t = newText == null ? "" : newText;
        if (!editable.get() || t.equals(text.get())) {
            return;
        }
        text.set(t);
        dirty = true;
        saveState.set(SaveState.EDITED);
        debounce.trigger();
    }

    /** Saves what is typed now (also what the debounce runs). */
    public void onSaveNow() {
        debounce.cancel();
        if (dirty && articleId >= 0) {
            dirty = false;
            pending.remove(articleId);
            pending.put(articleId, text.get());
            saveState.set(SaveState.SAVING);
        }
        drain();
    }

    private void drain() {
        if (writing != null) {
            return;
        }
        if (pending.isEmpty()) {
            if (!dirty && saveState.get() == SaveState.SAVING) {
                saveState.set(SaveState.SAVED);
            }
            return;
        }
        Map.Entry<Long, String> next = pending.entrySet().iterator().next();
        Write w = new Write(next.getKey(), next.getValue(), new CompletableFuture<>());
        pending.remove(w.articleId());
        writing = w;
        if (w.articleId() == articleId) {
            saveState.set(SaveState.SAVING);
        }
        executor.execute(BackgroundTask.of("Save note", ctx -> {
            try {
                return store.save(w.articleId(), w.body());
            } finally {
                w.done().complete(null);
            }
        }).onSuccess(n -> written(w, null)).onFailure(e -> written(w, e)));
    }

    private void written(Write w, Throwable failure) {
        writing = null;
        if (failure != null) {
            LOG.log(Level.WARNING, "Note not saved", failure);
            pending.putIfAbsent(w.articleId(), w.body());
            error.set("Not saved: " + failure.getMessage());
            if (w.articleId() == articleId) {
                saveState.set(SaveState.FAILED);
            }
            return;
        }
        error.set("");
        if (w.articleId() == articleId && !dirty && !pending.containsKey(articleId)) {
            saveState.set(SaveState.SAVED);
        }
        drain();
    }

    private void show(ArticleSummary article) {
        onSaveNow();
        long serial = ++loadSerial;
        editable.set(false);
        articleId = article == null ? -1 : article.id();
        dirty = false;
        text.set("");
        error.set("");
        if (article == null) {
            saveState.set(SaveState.NONE);
            return;
        }
        saveState.set(SaveState.LOADING);
        long id = article.id();
        executor.execute(BackgroundTask.of("Open note", ctx -> store.find(id).map(Note::body))
                .onSuccess(found -> loaded(serial, id, found))
                .onFailure(e -> {
                    if (serial == loadSerial) {
                        error.set("The note cannot be opened: " + e.getMessage());
                        saveState.set(SaveState.FAILED);
                    }
                }));
    }

    private void loaded(long serial, long id, Optional<String> stored) {
        if (serial != loadSerial) {
            return;
        }
        // A text still on its way to the library is newer than what the library holds.
        String body = pending.containsKey(id) ? pending.get(id)
                : writing != null && writing.articleId() == id ? writing.body() : stored.orElse("");
        text.set(body);
        editable.set(true);
        saveState.set(SaveState.NONE);
    }

    /**
     * Writes everything not yet saved, on the calling thread, and waits for a write in flight: for
     * closing the window, when the task executor is about to stop. Nothing typed is lost.
     */
    public void saveAndClose() {
        debounce.cancel();
        if (dirty && articleId >= 0) {
            dirty = false;
            pending.remove(articleId);
            pending.put(articleId, text.get());
        }
        editable.set(false);
        if (writing != null) {
            try {
                writing.done().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "A note save did not finish in time", e);
            }
        }
        for (Map.Entry<Long, String> e : pending.entrySet()) {
            try {
                store.save(e.getKey(), e.getValue());
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Note of article " + e.getKey() + " not saved", ex);
            }
        }
        pending.clear();
    }
}
