package org.newslens.ui.feeds;

import java.io.File;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The feed items of the File menu: Subscribe…, Refresh feeds (Ctrl+R), OPML import and export. */
public final class FeedsMenu {
    private FeedsMenu() {
    }

    /** The items, for the window to place in its File menu. */
    public static List<MenuItem> items(Window owner, FeedsViewModel vm) {
        MenuItem subscribe = new MenuItem("Subscribe to a feed…");
        subscribe.setOnAction(e -> SubscribeDialog.show(owner, vm));
        MenuItem refresh = new MenuItem("Refresh feeds");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        refresh.setOnAction(e -> vm.onRefreshAll());
        MenuItem importOpml = new MenuItem("Import subscriptions (OPML)…");
        importOpml.setOnAction(e -> {
            FileChooser c = chooser("Import subscriptions");
            File f = c.showOpenDialog(owner);
            if (f != null) vm.onImportOpml(f.toPath());
        });
        MenuItem exportOpml = new MenuItem("Export subscriptions (OPML)…");
        exportOpml.setOnAction(e -> {
            FileChooser c = chooser("Export subscriptions");
            c.setInitialFileName("newslens-subscriptions.opml");
            File f = c.showSaveDialog(owner); // the chooser itself asks before replacing a file
            if (f != null) vm.onExportOpml(f.toPath());
        });
        for (MenuItem m : List.of(subscribe, refresh, importOpml)) {
            m.disableProperty().bind(vm.runningProperty());
        }
        return List.of(subscribe, refresh, importOpml, exportOpml);
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("OPML (*.opml)", "*.opml", "*.OPML"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return c;
    }
}
