package org.newslens.ui.articles;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * The article list: every article, newest first, loaded in the background. Selecting one changes
 * the window state; a reload keeps the selection when it can.
 */
public final class ArticleListViewModel {
    private final ArticleStore store;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> readOnlyArticles = FXCollections.unmodifiableObservableList(articles);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private long generation;

    public ArticleListViewModel(ArticleStore store, TaskExecutor executor, WindowState state) {
        this.store = store;
        this.executor = executor;
        this.state = state;
    }

    public ObservableList<ArticleSummary> articles() {
        return readOnlyArticles;
    }

    public ReadOnlyObjectProperty<ArticleSummary> selectedArticleProperty() {
        return state.selectedArticleProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the first load has finished: until then an empty list means "not yet", not "none". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void onSelectArticle(ArticleSummary article) {
        ArticleSummary current = state.getSelectedArticle();
        if (article == null ? current != null : current == null || current.id() != article.id()) {
            state.selectArticle(article);
        }
    }

    /** Reloads and keeps the current selection (or selects the first article when there is none). */
    public void reload() {
        reload(null);
    }

    /** Reloads, then selects the article {@code selectId} if it is listed. */
    public void reload(Long selectId) {
        long mine = ++generation;
        loading.set(true);
        executor.execute(BackgroundTask.of("Load articles", ctx -> store.listAll())
                .onSuccess(list -> {
                    if (mine == generation) {
                        apply(list, selectId);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        error.set("Cannot load the articles: " + e.getMessage());
                    }
                }));
    }

    private void apply(List<ArticleSummary> list, Long selectId) {
        error.set(null);
        articles.setAll(list);
        loading.set(false);
        loaded.set(true);
        ArticleSummary current = state.getSelectedArticle();
        Long wanted = selectId != null ? selectId : current != null ? Long.valueOf(current.id()) : null;
        Optional<ArticleSummary> target = wanted == null ? Optional.empty()
                : list.stream().filter(a -> a.id() == wanted).findFirst();
        if (target.isEmpty() && !list.isEmpty()) {
            target = Optional.of(list.get(0));
        }
        state.selectArticle(target.orElse(null));
    }
}
