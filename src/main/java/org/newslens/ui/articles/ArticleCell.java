package org.newslens.ui.articles;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.model.ArticleSummary;
import org.newslens.ui.theme.Css;

/** One article in the list: title over "date · source". Builds its nodes once and reuses them. */
final class ArticleCell extends ListCell<ArticleSummary> {
    /** The cell's left and right padding (see newslens.css) plus a little air. */
    private static final double CELL_INSETS = 28;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(title, meta);

    ArticleCell() {
        getStyleClass().add(Css.ARTICLE_CELL);
        title.getStyleClass().add(Css.ARTICLE_CELL_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxHeight(Region.USE_PREF_SIZE);
        meta.getStyleClass().add(Css.ARTICLE_CELL_META);
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
            meta.setText(null);
            setGraphic(null);
            setAccessibleText(null);
        } else {
            title.setText(item.title());
            meta.setText(ArticleFormat.shortDate(item.published()) + "  ·  " + ArticleFormat.shortSource(item.source()));
            setGraphic(box);
            setAccessibleText(item.title() + ", " + ArticleFormat.shortDate(item.published()));
        }
    }
}
