package org.newslens.ui.importing;

import java.net.URI;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newslens.library.ImportException;
import org.newslens.library.UrlImport;
import org.newslens.ui.theme.Css;

/**
 * File ▸ Open URL…: asks for a web address (filled in from the clipboard when it holds one). An
 * address that cannot be opened says why under the field and keeps the dialog open.
 */
public final class OpenUrlDialog {
    private OpenUrlDialog() {
    }

    public static Optional<URI> show(Window owner) {
        Dialog<URI> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open a web page");
        dialog.setHeaderText("Open a web page");
        TextField field = new TextField(WebLinks.onClipboard(Clipboard.getSystemClipboard()).map(URI::toString).orElse(""));
        field.setId("openUrlField");
        field.setPromptText("https://…");
        field.setPrefColumnCount(40);
        Label hint = new Label("NewsLens fetches the page once and keeps its article; no script runs.");
        hint.getStyleClass().add(Css.MUTED);
        Label error = new Label();
        error.setId("openUrlError");
        error.getStyleClass().add(Css.IMPORT_BANNER_LINE);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        field.textProperty().addListener((o, was, now) -> error.setText(""));
        dialog.getDialogPane().setContent(new VBox(8, field, error, hint));
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("openUrlButton");
        openButton.disableProperty().bind(field.textProperty().isEmpty());
        URI[] parsed = new URI[1];
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                parsed[0] = UrlImport.parse(field.getText());
            } catch (ImportException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> b == open ? parsed[0] : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
