package org.newslens.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.newslens.ui.theme.Css;
import org.newslens.ui.theme.Themes;

/** Tells the user, in words, why the library cannot be opened. No stack trace. */
public final class LibraryErrorDialog {
    private LibraryErrorDialog() {
    }

    public static void showAndWait(String message) {
        Themes.apply(false);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle("NewsLens");
        alert.setHeaderText("NewsLens cannot open this library");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add(Css.ROOT);
        alert.showAndWait();
    }
}
