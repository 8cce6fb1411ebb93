package org.newslens.ui.articles;

import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newslens.model.ArticleSummary;
import org.newslens.ui.theme.Css;

/** The left pane: the list of articles, bound to an {@link ArticleListViewModel}. */
public final class ArticleListView extends BorderPane {
    private final ListView<ArticleSummary> list = new ListView<>();

    public ArticleListView(ArticleListViewModel vm) {
        getStyleClass().add(Css.ARTICLE_LIST);
        Label heading = new Label("Articles");
        heading.getStyleClass().add(Css.PANE_TITLE);
        Label count = new Label();
        count.getStyleClass().add(Css.MUTED);
        count.setId("articleCount");
        count.textProperty().bind(vm.totalProperty().map(n -> String.format("%,d", n.intValue())));
        HBox header = new HBox(8, heading, count);
        header.getStyleClass().add(Css.PANE_HEADER);
        setTop(header);

        list.setItems(vm.articles());
        list.setCellFactory(v -> new ArticleCell(vm::snippet, vm::onShowMore));
        list.setPlaceholder(placeholder(vm));
        list.setId("articleList");
        setCenter(list);
        Button more = new Button("Show more");
        more.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        more.setOnAction(e -> vm.onShowMore());
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setMaxWidth(Double.MAX_VALUE);
        setBottom(more);

        // j / k are window-wide shortcuts (ui.shortcuts), not handled here, so they act once.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.onSelectArticle(now);
            }
        });
        vm.selectedArticleProperty().addListener((obs, old, now) -> follow(now));
        // A reload replaces the items, and the list drops its selection: show the window's again.
        vm.articles().addListener((ListChangeListener<ArticleSummary>) c -> follow(vm.selectedArticleProperty().get()));
        follow(vm.selectedArticleProperty().get());
    }

    /** Mirrors the window's selection (e.g. set by an import) in the list. */
    private void follow(ArticleSummary selected) {
        if (selected == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        ArticleSummary shown = list.getSelectionModel().getSelectedItem();
        if (shown == null || shown.id() != selected.id()) {
            int index = indexOf(selected.id());
            if (index >= 0) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Shown while the list is empty: loading, no articles yet, or why the articles cannot be loaded. */
    private static VBox placeholder(ArticleListViewModel vm) {
        Label title = new Label();
        title.getStyleClass().add(Css.EMPTY_STATE_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                        ? "Cannot load the articles" : !vm.loadedProperty().get() ? "Loading…"
                        : vm.filteredProperty().get() ? "No articles match" : "No articles yet",
                vm.errorProperty(), vm.loadedProperty(), vm.filteredProperty()));
        title.setId("listEmptyTitle");
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                        ? vm.errorProperty().get()
                        : vm.filteredProperty().get()
                        ? "No article matches all of the filter. Remove a person, try other words or widen the dates."
                        : "Import .txt, .md or .html files with File ▸ Import, or drop them on this window.",
                vm.errorProperty(), vm.filteredProperty()));
        text.getStyleClass().add(Css.EMPTY_STATE_TEXT);
        text.setWrapText(true);
        text.visibleProperty().bind(vm.loadedProperty().or(vm.errorProperty().isNotNull()));
        Button clear = new Button("Clear the filter (Esc)");
        clear.getStyleClass().add(Styles.ACCENT);
        clear.setOnAction(e -> vm.onClearFilter());
        clear.visibleProperty().bind(vm.filteredProperty().and(vm.loadedProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        VBox box = new VBox(6, title, text, clear);
        box.getStyleClass().add(Css.EMPTY_STATE);
        return box;
    }

    /** Adds "Remove article…" to the list's context menu (it acts on the selected article). */
    public void offerRemove(Runnable remove) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Remove article…");
        item.setId("removeArticleItem");
        item.setOnAction(e -> remove.run());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(item);
        list.setContextMenu(menu);
    }

    /** Gives the list the keyboard focus (arrow keys then move through the articles). */
    public void focusList() {
        list.requestFocus();
    }

    /** Calls {@code action} with 1 for Space and -1 for Shift+Space pressed in the list (the reader pages). */
    public void onSpace(IntConsumer action) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown()) {
                action.accept(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }
}
