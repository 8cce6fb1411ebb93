package org.newslens.ui.reader;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.Article;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;
import org.newslens.ui.articles.ArticleFormat;
import org.newslens.ui.state.WindowState;

/**
 * The reader: follows the window's selected article, shows its heading at once and loads the body
 * in the background. A result that arrives after the selection moved on is dropped.
 */
public final class ReaderViewModel {
    /** What the reader shows. */
    public enum Status { EMPTY, LOADING, SHOWN, MISSING, ERROR }

    private final ArticleStore store;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyParagraphs = FXCollections.unmodifiableObservableList(paragraphs);
    private ArticleSummary showing;
    private TaskHandle loadingTask;

    public ReaderViewModel(ArticleStore store, TaskExecutor executor, WindowState state) {
        this.store = store;
        this.executor = executor;
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        show(state.getSelectedArticle());
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The publication date as the reader shows it, or "Undated". */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Why the body is not shown (status MISSING or ERROR). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> paragraphs() {
        return readOnlyParagraphs;
    }

    /** The whole article as plain text, for copying. */
    public String plainText() {
        if (showing == null) {
            return "";
        }
        return title.get() + "\n" + date.get() + " · " + source.get() + "\n\n" + String.join("\n\n", paragraphs);
    }

    private void show(ArticleSummary summary) {
        if (loadingTask != null) {
            loadingTask.cancel();
            loadingTask = null;
        }
        showing = summary;
        paragraphs.clear();
        message.set("");
        if (summary == null) {
            title.set("");
            date.set("");
            source.set("");
            status.set(Status.EMPTY);
            return;
        }
        title.set(summary.title());
        date.set(ArticleFormat.longDate(summary.published()));
        source.set(summary.source());
        status.set(Status.LOADING);
        loadingTask = executor.execute(BackgroundTask.of("Open article", ctx -> store.find(summary.id()))
                .onSuccess(found -> {
                    if (showing == summary) {
                        apply(found);
                    }
                })
                .onFailure(e -> {
                    if (showing == summary) {
                        message.set("This article cannot be shown: " + e.getMessage());
                        status.set(Status.ERROR);
                    }
                }));
    }

    private void apply(Optional<Article> found) {
        if (found.isEmpty()) {
            message.set("This article is no longer in the library.");
            status.set(Status.MISSING);
            return;
        }
        Article a = found.get();
        title.set(a.title());
        date.set(ArticleFormat.longDate(a.published()) + (a.published() != null && a.publishedInferred() ? " (inferred from the text)" : ""));
        source.set(a.source());
        paragraphs.setAll(Paragraphs.split(a.body()));
        status.set(Status.SHOWN);
    }
}
