package org.newslens.ui.articles;

import java.util.function.LongFunction;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.model.ArticleSummary;
import org.newslens.model.SearchPage;
import org.newslens.ui.theme.Css;

/**
 * One article in the list: title over "date · source", and with a text search the snippet with the
 * matched words in bold. Builds its nodes once and reuses them.
 */
final class ArticleCell extends ListCell<ArticleSummary> {
    /** The cell's left and right padding (see newslens.css) plus a little air. */
    private static final double CELL_INSETS = 28;
    private static final javafx.css.PseudoClass READ = javafx.css.PseudoClass.getPseudoClass("read");
    private final Label title = new Label();
    private final Label star = new Label("★");
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(title, meta, snippet);
    private final LongFunction<String> snippets;

    private final Runnable nearEnd;

    /** {@code nearEnd} runs (later) when the last loaded article comes into view: the list loads more. */
    ArticleCell(LongFunction<String> snippets, Runnable nearEnd) {
        this.snippets = snippets;
        this.nearEnd = nearEnd;
        snippet.getStyleClass().add(Css.ARTICLE_CELL_SNIPPET);
        snippet.managedProperty().bind(snippet.visibleProperty());
        snippet.setMinWidth(0);
        snippet.prefWidthProperty().bind(widthProperty().subtract(CELL_INSETS));
        snippet.maxWidthProperty().bind(widthProperty().subtract(CELL_INSETS));
        getStyleClass().add(Css.ARTICLE_CELL);
        title.getStyleClass().add(Css.ARTICLE_CELL_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxHeight(Region.USE_PREF_SIZE);
        meta.getStyleClass().add(Css.ARTICLE_CELL_META);
        star.getStyleClass().add("article-cell-star");
        box.setFillWidth(true);
        // Let the list's width decide; the title wraps (up to its max height) instead of widening the cell.
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        title.setMinWidth(0);
        title.prefWidthProperty().bind(widthProperty().subtract(CELL_INSETS));
        meta.setMinWidth(0);
        meta.maxWidthProperty().bind(widthProperty().subtract(CELL_INSETS));
    }

    @Override
    protected void updateItem(ArticleSummary item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            title.setText(null);
            title.setGraphic(null);
            pseudoClassStateChanged(READ, false);
            meta.setText(null);
            showSnippet("");
            setGraphic(null);
            setAccessibleText(null);
        } else {
            title.setText(item.title());
            // Unread titles are bold (the default); read ones plain; a star before a starred one.
            pseudoClassStateChanged(READ, item.read());
            title.setGraphic(item.starred() ? star : null);
            meta.setText(ArticleFormat.shortDate(item.published()) + "  ·  " + ArticleFormat.shortSource(item.source()));
            if (getListView() != null && getIndex() == getListView().getItems().size() - 1) {
                javafx.application.Platform.runLater(nearEnd);
            }
            String text = snippets.apply(item.id());
            showSnippet(text);
            setGraphic(box);
            setAccessibleText(item.title() + (item.read() ? "" : ", unread") + (item.starred() ? ", starred" : "")
                    + ", " + ArticleFormat.shortDate(item.published())
                    + (text.isEmpty() ? "" : ", " + plain(text)));
        }
    }

    /** Rebuilds the snippet's runs: plain text, and the marked words in {@link Css#SNIPPET_MATCH}. */
    private void showSnippet(String marked) {
        snippet.getChildren().clear();
        snippet.setVisible(!marked.isEmpty());
        int i = 0;
        while (i < marked.length()) {
            int start = marked.indexOf(SearchPage.MARK_START, i);
            if (start < 0) {
                snippet.getChildren().add(run(marked.substring(i), false));
                break;
            }
            int end = marked.indexOf(SearchPage.MARK_END, start);
            end = end < 0 ? marked.length() : end;
            if (start > i) {
                snippet.getChildren().add(run(marked.substring(i, start), false));
            }
            snippet.getChildren().add(run(marked.substring(start + 1, end), true));
            i = end + 1;
        }
    }

    private static Text run(String text, boolean match) {
        Text t = new Text(text);
        t.getStyleClass().add(match ? Css.SNIPPET_MATCH : Css.SNIPPET_TEXT);
        return t;
    }

    static String plain(String marked) {
        return marked.replace(String.valueOf(SearchPage.MARK_START), "").replace(String.valueOf(SearchPage.MARK_END), "");
    }
}
