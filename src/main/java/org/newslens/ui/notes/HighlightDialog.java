package org.newslens.ui.notes;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a highlight's comment and tags, showing the quote; used to create and to edit. */
final class HighlightDialog {
    /** What the user entered. */
    record Result(String comment, String tags) {
    }

    private HighlightDialog() {
    }

    static Optional<Result> show(Window owner, String heading, String action, String quote, String comment, String tags) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(heading);
        Label q = new Label(quote.length() > 400 ? quote.substring(0, 397) + "…" : quote);
        q.getStyleClass().add(NotesCss.HIGHLIGHT_QUOTE);
        q.setWrapText(true);
        q.setMaxWidth(440);
        TextArea commentArea = new TextArea(comment);
        commentArea.setId("highlightComment");
        commentArea.setPromptText("Comment (optional)");
        commentArea.setWrapText(true);
        commentArea.setPrefRowCount(3);
        commentArea.setPrefColumnCount(36);
        TextField tagField = new TextField(tags);
        tagField.setId("highlightTags");
        tagField.setPromptText("Tags, separated by commas (optional)");
        // Tab moves on to the tags (a comment has no use for tab characters).
        commentArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown()) {
                tagField.requestFocus();
                e.consume();
            }
        });
        VBox box = new VBox(10, q, commentArea, tagField);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> b == ok ? new Result(commentArea.getText(), tagField.getText()) : null);
        Platform.runLater(commentArea::requestFocus);
        return dialog.showAndWait();
    }
}
