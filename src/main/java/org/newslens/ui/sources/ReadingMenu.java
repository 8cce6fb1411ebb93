package org.newslens.ui.sources;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Reading menu: read/unread (m), star (s), mark all read, and showing the sources pane. */
public final class ReadingMenu {
    private ReadingMenu() {
    }

    /** {@code sourcesShown} is the sources pane's visibility, toggled by the check item. */
    public static Menu build(ReadingViewModel reading, BooleanProperty sourcesShown) {
        // m and s are single keys (ui.shortcuts), not accelerators, so that they never fire while typing.
        MenuItem read = new MenuItem("Mark read or unread\t(m)");
        read.setOnAction(e -> reading.onToggleRead());
        MenuItem star = new MenuItem("Star or unstar\t(s)");
        star.setOnAction(e -> reading.onToggleStar());
        read.disableProperty().bind(reading.currentProperty().isNull());
        star.disableProperty().bind(reading.currentProperty().isNull());
        MenuItem all = new MenuItem("Mark all read");
        all.setId("markAllReadMenuItem");
        all.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        all.setOnAction(e -> reading.onMarkAllRead());
        CheckMenuItem pane = new CheckMenuItem("Sources pane");
        pane.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        pane.selectedProperty().bindBidirectional(sourcesShown);
        return new Menu("Reading", null, read, star, all, new SeparatorMenuItem(), pane);
    }
}
