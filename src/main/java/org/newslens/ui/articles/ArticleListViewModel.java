package org.newslens.ui.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ArticleSummary;
import org.newslens.model.SearchPage;
import org.newslens.store.ArticleSearch;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * The article list: the articles that match the window's filter, newest first, {@value #PAGE} at a
 * time (more on request), queried in the background. Selecting one changes the window state; a
 * reload keeps the selection when it can. With a text query each article carries a snippet.
 */
public final class ArticleListViewModel {
    public static final int PAGE = 200;

    private final ArticleSearch search;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> readOnlyArticles = FXCollections.unmodifiableObservableList(articles);
    private final Map<Long, String> snippets = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private ArticleFilter shownFilter = ArticleFilter.none();
    private long generation;

    public ArticleListViewModel(ArticleSearch search, TaskExecutor executor, WindowState state) {
        this.search = search;
        this.executor = executor;
        this.state = state;
        state.onFilteredArticlesChange(this::reload);
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

    /** How many articles match the filter (all of them, not only the loaded ones). */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True while more matching articles can be loaded with {@link #onShowMore()}. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** True when the shown list is filtered (the empty state then says "nothing matches"). */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** The search snippet of a listed article (matched words between SearchPage marks), or "". */
    public String snippet(long articleId) {
        return snippets.getOrDefault(articleId, "");
    }

    public void onSelectArticle(ArticleSummary article) {
        ArticleSummary current = state.getSelectedArticle();
        if (article == null ? current != null : current == null || current.id() != article.id()) {
            state.selectArticle(article);
        }
    }

    /** Shows an article's new reading state (read, starred): its line is redrawn; nothing is reloaded. */
    public void onArticleChanged(ArticleSummary updated) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == updated.id()) {
                if (!articles.get(i).equals(updated)) {
                    articles.set(i, updated);
                }
                return;
            }
        }
    }

    /** Selects the next article (loading the next page at the end of the loaded ones). */
    public void onNext() {
        int i = indexOfSelected();
        if (i + 1 < articles.size()) {
            onSelectArticle(articles.get(i + 1));
        } else if (more.get() && i == articles.size() - 1) {
            showMore(() -> onSelectArticle(articles.get(Math.min(i + 1, articles.size() - 1))));
        }
    }

    public void onPrevious() {
        int i = indexOfSelected();
        if (i > 0) {
            onSelectArticle(articles.get(i - 1));
        } else if (i < 0 && !articles.isEmpty()) {
            onSelectArticle(articles.get(0));
        }
    }

    /** Removes every part of the filter. */
    public void onClearFilter() {
        state.filter().clear();
    }

    private int indexOfSelected() {
        ArticleSummary current = state.getSelectedArticle();
        if (current == null) {
            return -1;
        }
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id() == current.id()) {
                return i;
            }
        }
        return -1;
    }

    /** Reloads and keeps the current selection (or selects the first article when there is none). */
    public void reload() {
        reload(null);
    }

    /** Reloads the first page, then selects the article {@code selectId} if it is listed. */
    public void reload(Long selectId) {
        long mine = ++generation;
        ArticleFilter f = state.filter().get();
        loading.set(true);
        executor.execute(BackgroundTask.of("Load articles", ctx -> search.search(f, PAGE, 0))
                .onSuccess(page -> {
                    if (mine == generation) {
                        apply(f, page, selectId);
                    }
                })
                .onFailure(e -> failed(mine, e)));
    }

    /** Loads the next page of matching articles and appends it. */
    public void onShowMore() {
        showMore(() -> { });
    }

    private void showMore(Runnable then) {
        if (!more.get() || loading.get()) {
            return;
        }
        long mine = ++generation;
        ArticleFilter f = shownFilter;
        int offset = articles.size();
        loading.set(true);
        executor.execute(BackgroundTask.of("Load more articles", ctx -> search.search(f, PAGE, offset))
                .onSuccess(page -> {
                    if (mine == generation) {
                        page.hits().forEach(h -> snippets.put(h.article().id(), h.snippet()));
                        articles.addAll(page.hits().stream().map(SearchPage.Hit::article).toList());
                        total.set(page.total());
                        more.set(articles.size() < page.total() && !page.hits().isEmpty());
                        loading.set(false);
                        then.run();
                    }
                })
                .onFailure(e -> failed(mine, e)));
    }

    private void failed(long mine, Throwable e) {
        if (mine == generation) {
            loading.set(false);
            error.set("Cannot load the articles: " + e.getMessage());
        }
    }

    private void apply(ArticleFilter f, SearchPage page, Long selectId) {
        List<ArticleSummary> list = page.hits().stream().map(SearchPage.Hit::article).toList();
        shownFilter = f;
        error.set(null);
        snippets.clear();
        page.hits().forEach(h -> snippets.put(h.article().id(), h.snippet()));
        total.set(page.total());
        more.set(list.size() < page.total());
        filtered.set(!f.isEmpty());
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
        if (target.isPresent()) {
            onSelectArticle(target.get());
        } else if (f.isEmpty()) {
            onSelectArticle(null);
        }
        // Nothing matches the filter: the reader keeps what it shows rather than going blank.
    }
}
