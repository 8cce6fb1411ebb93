package org.newslens.ui.feeds;

import java.io.File;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.model.FullPage;

/**
 * The feed commands as menus: the File menu's items (Subscribe…, Refresh feeds (Ctrl+R), OPML import
 * and export) and a feed's context menu in the sources pane (Refresh, full-page mode, Unsubscribe).
 */
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

    /** Opens the Subscribe dialog. */
    public static void subscribe(Window owner, FeedsViewModel vm) {
        SubscribeDialog.show(owner, vm);
    }

    /** A feed's context menu: refresh it now, choose when its full pages are fetched, unsubscribe. */
    public static ContextMenu forFeed(FeedsViewModel vm, long feedId) {
        MenuItem refresh = new MenuItem("Refresh");
        refresh.setOnAction(e -> vm.onRefresh(feedId));
        refresh.disableProperty().bind(vm.runningProperty());
        Menu fullPage = new Menu("Fetch full pages");
        ToggleGroup g = new ToggleGroup();
        for (FullPage m : FullPage.values()) {
            RadioMenuItem r = new RadioMenuItem(switch (m) {
                case AUTOMATIC -> "Automatic (when an item has only a short summary)";
                case ALWAYS -> "Always";
                case NEVER -> "Never";
            });
            r.setToggleGroup(g);
            r.setOnAction(e -> vm.onSetFullPage(feedId, m));
            fullPage.getItems().add(r);
        }
        MenuItem remove = new MenuItem("Unsubscribe");
        remove.setOnAction(e -> vm.onRemove(feedId));
        return new ContextMenu(refresh, fullPage, remove);
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("OPML (*.opml)", "*.opml", "*.OPML"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return c;
    }
}
