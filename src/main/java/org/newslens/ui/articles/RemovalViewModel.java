package org.newslens.ui.articles;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleRemoval;
import org.newslens.store.RestoreConflictException;
import org.newslens.store.UnknownArticleException;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * Removing the selected article, and undoing the last removal. The view asks for a {@link #preview}
 * (what goes with the article) to confirm, then calls {@link #onRemove}; the next article in the
 * list is selected and every view reloads. The last removal can be undone until another removal
 * replaces it or the notification is dismissed ({@link #onDismiss}): undo re-inserts the snapshot
 * that the store took (see {@link ArticleRemoval}) and selects the article again.
 */
public final class RemovalViewModel {
    private final ArticleRemoval removal;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ArticleListViewModel list;
    private final ReadOnlyObjectWrapper<ArticleRemoval.Removed> lastRemoved = new ReadOnlyObjectWrapper<>(this, "lastRemoved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public RemovalViewModel(ArticleRemoval removal, TaskExecutor executor, WindowState state, ArticleListViewModel list) {
        this.removal = removal;
        this.executor = executor;
        this.state = state;
        this.list = list;
    }

    /** The removal that Undo would take back, or null. */
    public ReadOnlyObjectProperty<ArticleRemoval.Removed> lastRemovedProperty() {
        return lastRemoved.getReadOnlyProperty();
    }

    /** What the notification says ("Removed “…”."), or null when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last removal or undo failed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loads what removing {@code article} takes with it; {@code show} gets it (empty if it is gone already). */
    public void preview(ArticleSummary article, Consumer<org.newslens.model.RemovalPreview> show) {
        if (article == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Look at article", ctx -> removal.preview(article.id()))
                .onSuccess(p -> p.ifPresent(show))
                .onFailure(this::failed));
    }

    /** Removes the article {@code id}, its notes and highlights with it or kept as orphaned notes. */
    public void onRemove(long id, boolean keepNotes) {
        ArticleSummary next = neighbour(id);
        executor.execute(BackgroundTask.of("Remove article", ctx -> removal.remove(id, keepNotes))
                .onSuccess(r -> {
                    error.set(null);
                    lastRemoved.set(r);
                    message.set("Removed “" + r.title() + "”" + (r.notesKept() ? "; its notes are kept as orphaned notes." : "."));
                    ArticleSummary selected = state.getSelectedArticle();
                    if (selected != null && selected.id() == id) {
                        state.selectArticle(next);
                    }
                    state.libraryChanged();
                })
                .onFailure(this::failed));
    }

    /** Puts the last removed article back, exactly as it was, and selects it. */
    public void onUndo() {
        ArticleRemoval.Removed r = lastRemoved.get();
        if (r == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Undo removal", ctx -> {
            removal.restore(r);
            return r;
        }).onSuccess(done -> {
            lastRemoved.set(null);
            message.set(null);
            error.set(null);
            state.libraryChanged();
            list.reload(done.id());
        }).onFailure(e -> {
            lastRemoved.set(null);
            failed(e);
        }));
    }

    /** Closes the notification; the removal can no longer be undone. */
    public void onDismiss() {
        lastRemoved.set(null);
        message.set(null);
        error.set(null);
    }

    private void failed(Throwable e) {
        message.set(null);
        error.set(describe(e));
    }

    /** A failed removal or undo in the window's words. */
    static String describe(Throwable e) {
        if (e instanceof UnknownArticleException x) {
            return "There is no article #" + x.id() + " in the library; nothing was removed.";
        }
        if (e instanceof RestoreConflictException x) {
            return "Cannot undo the removal of “" + x.title() + "”: "
                    + (x.reason() == RestoreConflictException.Reason.ID_TAKEN
                            ? "another article has its id now." : "its text is in the library again.");
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The article after {@code id} in the list, else the one before, else null. */
    private ArticleSummary neighbour(long id) {
        List<ArticleSummary> shown = list.articles();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i + 1 < shown.size() ? shown.get(i + 1) : i > 0 ? shown.get(i - 1) : null;
            }
        }
        return null;
    }
}
