package org.newslens.ui.shortcuts;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.newslens.ui.theme.Css;

/** The "?" dialog: every shortcut with what it does. */
public final class ShortcutHelp {
    private ShortcutHelp() {
    }

    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        grid.getStyleClass().add(Css.SHORTCUT_HELP);
        grid.setId("shortcutHelp");
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(Css.SHORTCUT_KEY);
            grid.addRow(row++, keys, new Label(s.description()));
        }
        Label note = new Label("Single keys do nothing while you type in a text field.");
        note.getStyleClass().add(Css.MUTED);
        grid.add(note, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }
}
