package org.newslens.ui.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.model.ArticleSummary;

/**
 * What the whole window is looking at: the selected article (later also the active filter and the
 * sidebar's selection). The article list, the reader and the sidebar all observe this one object;
 * only view models change it, through their intent methods.
 */
public final class WindowState {
    private final ReadOnlyObjectWrapper<ArticleSummary> selectedArticle = new ReadOnlyObjectWrapper<>(this, "selectedArticle");

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
}
