package org.newslens.ui.reader;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.library.ReextractService;
import org.newslens.model.ArticleSummary;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * Setting the open article's publication date (or clearing it): its relative dates ("tomorrow",
 * "last Tuesday") are resolved again in the background, then every view reloads.
 */
public final class PublishedDateViewModel {
    private final ReextractService service;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** {@code service} null: the window runs without the language engine, and dates cannot be set. */
    public PublishedDateViewModel(ReextractService service, TaskExecutor executor, WindowState state) {
        this.service = service;
        this.executor = executor;
        this.state = state;
    }

    public boolean isAvailable() {
        return service != null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last change failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The open article's date as stored, to start the dialog from (null when unknown). */
    public LocalDate current() {
        ArticleSummary a = state.getSelectedArticle();
        return a == null ? null : a.published();
    }

    /** Sets the open article's publication date; {@code null} makes it unknown. */
    public void onSetPublished(LocalDate day) {
        ArticleSummary a = state.getSelectedArticle();
        if (a == null || service == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of("Set publication date", ctx -> {
            service.setPublished(a.id(), day);
            return a.id();
        }).onSuccess(id -> {
            busy.set(false);
            state.libraryChanged();
        }).onFailure(e -> {
            busy.set(false);
            error.set("The date could not be set: " + e.getMessage());
        }));
    }
}
