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

    /** One line of the help: the keys and what they do. */
    public record Row(String keys, String description) {
    }

    /**
     * Every shortcut, from what binds them: the window's {@link Shortcut}s, then each menu item with
     * an accelerator ("File ▸ Export notes…"); a key both bind is listed once.
     */
    public static java.util.List<Row> rows(javafx.scene.control.MenuBar menus) {
        java.util.List<Row> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Shortcut s : Shortcut.values()) {
            out.add(new Row(s.keys(), s.description()));
            seen.add(s.keys().replaceAll("\\s+", "").replace("Ctrl", "Ctrl+").toLowerCase(java.util.Locale.ROOT));
        }
        if (menus != null) {
            for (javafx.scene.control.Menu m : menus.getMenus()) {
                addItems(m, m.getText(), out, seen);
            }
        }
        return java.util.List.copyOf(out);
    }

    private static void addItems(javafx.scene.control.Menu menu, String path, java.util.List<Row> out, java.util.Set<String> seen) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            if (item instanceof javafx.scene.control.Menu sub) {
                addItems(sub, path + " ▸ " + sub.getText(), out, seen);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                String keys = item.getAccelerator().getDisplayText();
                if (seen.add(keys.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new Row(keys, path + " ▸ " + item.getText()));
                }
            }
        }
    }

    public static void show(Window owner) {
        show(owner, null);
    }

    public static void show(Window owner, javafx.scene.control.MenuBar menus) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        grid.getStyleClass().add(Css.SHORTCUT_HELP);
        grid.setId("shortcutHelp");
        // Two columns of shortcuts once the list is long, so that the dialog fits a laptop screen.
        java.util.List<Row> all = rows(menus);
        int perColumn = all.size() > 16 ? (all.size() + 1) / 2 : all.size();
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            Label keys = new Label(r.keys());
            keys.getStyleClass().add(Css.SHORTCUT_KEY);
            Label what = new Label(r.description());
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut: the dialog widens instead
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            int column = i / perColumn * 2;
            grid.add(keys, column, i % perColumn);
            grid.add(what, column + 1, i % perColumn);
        }
        Label note = new Label("Single keys do nothing while you type in a text field.");
        note.getStyleClass().add(Css.MUTED);
        grid.add(note, 0, perColumn, 4, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }
}
