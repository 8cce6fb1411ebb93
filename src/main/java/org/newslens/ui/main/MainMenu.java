package org.newslens.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.ui.importing.ImportViewModel;
import org.newslens.ui.importing.OpenUrlDialog;
import org.newslens.ui.prefs.PreferencesModel;

/**
 * File and View menus. Import items are disabled while an import runs. Other features add their items
 * through the returned {@link Menus} (by reference, never by finding a menu by its label).
 */
final class MainMenu {
    private MainMenu() {
    }

    /** The menu bar and its menus, for other features' items. */
    record Menus(MenuBar bar, Menu file, Menu view, SeparatorMenuItem beforeQuit) {
        /** Adds items to File, above Quit (after a separator). */
        void addToFile(java.util.List<? extends MenuItem> items) {
            int at = file.getItems().indexOf(beforeQuit);
            file.getItems().add(at, new SeparatorMenuItem());
            file.getItems().addAll(at + 1, items);
        }

        /** Adds items at the end of View (after a separator). */
        void addToView(java.util.List<? extends MenuItem> items) {
            view.getItems().add(new SeparatorMenuItem());
            view.getItems().addAll(items);
        }

        /** Adds a menu before View. */
        void addBeforeView(Menu menu) {
            bar.getMenus().add(bar.getMenus().indexOf(view), menu);
        }
    }

    static Menus build(Window owner, ImportViewModel importing, PreferencesModel prefs, Runnable quit) {
        MenuItem files = new MenuItem("Import files…");
        files.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        files.setOnAction(e -> chooseFiles(owner, importing));
        MenuItem folder = new MenuItem("Import folder…");
        folder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        folder.setOnAction(e -> chooseFolder(owner, importing));
        MenuItem url = new MenuItem("Open URL…");
        url.setId("openUrlMenuItem");
        url.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        url.setOnAction(e -> openUrl(owner, importing));
        files.disableProperty().bind(importing.runningProperty());
        folder.disableProperty().bind(importing.runningProperty());
        url.setDisable(!importing.opensWebAddresses());
        if (importing.opensWebAddresses()) {
            url.disableProperty().bind(importing.runningProperty());
        }
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitItem.setOnAction(e -> quit.run());
        SeparatorMenuItem beforeQuit = new SeparatorMenuItem();
        Menu file = new Menu("File", null, files, folder, url, beforeQuit, quitItem);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(prefs.get().darkTheme());
        prefs.currentProperty().addListener((obs, old, now) -> dark.setSelected(now.darkTheme()));
        dark.setOnAction(e -> {
            if (dark.isSelected() != prefs.get().darkTheme()) {
                prefs.onToggleDarkTheme();
            }
        });
        MenuItem bigger = new MenuItem("Bigger text");
        // Shift may be down: on many keyboards "+" is Shift+=.
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
        bigger.setOnAction(e -> prefs.onBiggerText());
        MenuItem smaller = new MenuItem("Smaller text");
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> prefs.onSmallerText());
        MenuItem actual = new MenuItem("Actual size");
        actual.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> prefs.onResetText());
        Menu view = new Menu("View", null, dark, new SeparatorMenuItem(), bigger, smaller, actual);

        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return new Menus(bar, file, view, beforeQuit);
    }

    /** The number pad's + and - also change the text size. */
    static void addKeypadAccelerators(javafx.scene.Scene scene, PreferencesModel prefs) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), prefs::onBiggerText);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), prefs::onSmallerText);
    }

    /** File ▸ Open URL… (Ctrl+L): asks for an address and opens it in the background. */
    static void openUrl(Window owner, ImportViewModel importing) {
        if (!importing.runningProperty().get() && importing.opensWebAddresses()) {
            OpenUrlDialog.show(owner).ifPresent(importing::onOpenUrl);
        }
    }

    private static void chooseFiles(Window owner, ImportViewModel importing) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)", "*.txt", "*.md", "*.markdown", "*.html", "*.htm",
                        "*.TXT", "*.MD", "*.HTML", "*.HTM"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null) {
            importing.onImport(chosen.stream().map(File::toPath).toList());
        }
    }

    private static void chooseFolder(Window owner, ImportViewModel importing) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            importing.onImport(List.of(Path.of(dir.getPath())));
        }
    }
}
