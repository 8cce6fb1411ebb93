package org.newslens.ui.notes;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.model.Highlight;

/** One highlight in the note pane: the quote, the comment, the tags, and Edit / Delete. Reuses its nodes. */
final class HighlightCell extends ListCell<Highlight> {
    private final Label quote = new Label();
    private final Label comment = new Label();
    private final Label tags = new Label();
    private final VBox box;

    HighlightCell(Consumer<Highlight> onEdit, Consumer<Highlight> onDelete) {
        quote.getStyleClass().add(NotesCss.HIGHLIGHT_QUOTE);
        comment.getStyleClass().add(NotesCss.HIGHLIGHT_COMMENT);
        tags.getStyleClass().add(NotesCss.HIGHLIGHT_TAGS);
        for (Label l : new Label[] {quote, comment}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        quote.setMaxHeight(64);
        Hyperlink edit = new Hyperlink("Edit");
        edit.getStyleClass().add(NotesCss.HIGHLIGHT_ACTION);
        edit.setOnAction(e -> onEdit.accept(getItem()));
        Hyperlink delete = new Hyperlink("Delete");
        delete.getStyleClass().add(NotesCss.HIGHLIGHT_ACTION);
        delete.setOnAction(e -> onDelete.accept(getItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(6, tags, spacer, edit, delete);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, quote, comment, bottom);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Highlight h, boolean empty) {
        super.updateItem(h, empty);
        setText(null);
        if (empty || h == null) {
            setGraphic(null);
            return;
        }
        quote.setText((h.orphaned() ? "(no longer found in the text) " : "") + "“" + h.quote().strip().replaceAll("\\s+", " ") + "”");
        comment.setText(h.comment());
        comment.setVisible(!h.comment().isBlank());
        comment.setManaged(!h.comment().isBlank());
        tags.setText(h.tags().isEmpty() ? "" : "#" + String.join("  #", h.tags()));
        setGraphic(box);
    }
}
