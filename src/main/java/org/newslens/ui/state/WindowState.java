package org.newslens.ui.state;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.model.ArticleSummary;

/**
 * What the whole window is looking at: the selected article, the active filter, the actor selected
 * in the sidebar (or by a click on a mention), and the place in the text to reveal. The article list,
 * the reader, the sidebar and the timeline all observe this one object; only view models change it,
 * through their intent methods.
 */
public final class WindowState {
    private final ReadOnlyObjectWrapper<ArticleSummary> selectedArticle = new ReadOnlyObjectWrapper<>(this, "selectedArticle");
    private final FilterState filter = new FilterState();
    private final ReadOnlyObjectWrapper<Long> selectedActor = new ReadOnlyObjectWrapper<>(this, "selectedActor");
    private final ReadOnlyObjectWrapper<String> selectedDate = new ReadOnlyObjectWrapper<>(this, "selectedDate");
    private final ReadOnlyObjectWrapper<TextTarget> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyLongWrapper libraryRevision = new ReadOnlyLongWrapper(this, "libraryRevision");
    private long serial;

    public ReadOnlyObjectProperty<ArticleSummary> selectedArticleProperty() {
        return selectedArticle.getReadOnlyProperty();
    }

    public ArticleSummary getSelectedArticle() {
        return selectedArticle.get();
    }

    /** Selects an article, or nothing with {@code null}. */
    public void selectArticle(ArticleSummary article) {
        selectedArticle.set(article);
    }

    public FilterState filter() {
        return filter;
    }

    /** The actor highlighted in the sidebar (by id), or null. */
    public ReadOnlyObjectProperty<Long> selectedActorProperty() {
        return selectedActor.getReadOnlyProperty();
    }

    /** Selects an actor (and no date), or nothing with {@code null}. */
    public void selectActor(Long actorId) {
        selectedDate.set(null);
        selectedActor.set(actorId);
    }

    /** The date selected in the sidebar or the text, by its readable label ("Wed 23 Apr 2025"), or null. */
    public ReadOnlyObjectProperty<String> selectedDateProperty() {
        return selectedDate.getReadOnlyProperty();
    }

    /** Selects a date by its label (and no actor). */
    public void selectDate(String label) {
        selectedActor.set(null);
        selectedDate.set(label);
    }

    /** The latest request to show a place in an article's text. */
    public ReadOnlyObjectProperty<TextTarget> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public void reveal(long articleId, int start, int end) {
        reveal.set(new TextTarget(articleId, start, end, ++serial));
    }

    /** Counts corrections to the library's actors (rename, merge, hide): every view reloads on a change. */
    public ReadOnlyLongProperty libraryRevisionProperty() {
        return libraryRevision.getReadOnlyProperty();
    }

    public void libraryChanged() {
        libraryRevision.set(libraryRevision.get() + 1);
    }

    /**
     * Runs {@code reload} whenever the filtered articles may have changed: the filter changed, or the
     * library did ({@link #libraryChanged()}). The list, "appears with" and the timeline reload on it.
     */
    public void onFilteredArticlesChange(Runnable reload) {
        filter().filterProperty().addListener((obs, old, now) -> reload.run());
        libraryRevision.addListener((obs, old, now) -> reload.run());
    }
}
