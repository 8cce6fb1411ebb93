package org.newslens.ui.reader;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** View ▸ Load images (Ctrl+Shift+I) and View ▸ Always load images for the open article's site. */
public final class ImagesMenu {
    private ImagesMenu() {
    }

    public static List<MenuItem> items(ImagesViewModel<Image> vm) {
        MenuItem load = new MenuItem("Load images");
        load.setId("loadImagesMenuItem");
        load.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        load.disableProperty().bind(vm.canLoadProperty().not());
        load.setOnAction(e -> vm.onLoadImages());
        CheckMenuItem always = new CheckMenuItem();
        always.setId("alwaysLoadImagesMenuItem");
        always.textProperty().bind(vm.siteProperty().map(s -> s.isEmpty() ? "Always load images for this site"
                : "Always load images for " + s).orElse("Always load images for this site"));
        always.disableProperty().bind(vm.siteProperty().isEmpty());
        always.setSelected(vm.alwaysProperty().get());
        vm.alwaysProperty().addListener((obs, old, now) -> always.setSelected(now));
        always.selectedProperty().addListener((obs, old, now) -> vm.onSetAlways(now));
        return List.of(load, always);
    }
}
