package org.newslens.ui.reader;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.image.Image;

/**
 * Above an article that has images: how many and whether they are loaded, "Load images", the progress
 * while they load, and "Always for example.com" (on or off again). In a narrow column the controls
 * wrap to a second line rather than being cut.
 */
final class ImagesBar extends FlowPane {
    static final String ID = "imagesBar";
    static final String LOAD_ID = "loadImagesButton";
    static final String ALWAYS_ID = "alwaysLoadImages";

    ImagesBar(ImagesViewModel<Image> vm) {
        super(10, 6);
        setId(ID);
        getStyleClass().add(ImagesCss.BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.getStyleClass().add(ImagesCss.BAR_TEXT);
        text.textProperty().bind(vm.statusProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(90);
        Button load = new Button("Load images");
        load.setId(LOAD_ID);
        load.setFocusTraversable(false);
        load.disableProperty().bind(vm.canLoadProperty().not());
        load.setOnAction(e -> vm.onLoadImages());
        load.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox always = new CheckBox();
        always.setId(ALWAYS_ID);
        always.setFocusTraversable(false);
        always.setMinWidth(Region.USE_PREF_SIZE);
        always.textProperty().bind(vm.siteProperty().map(s -> "Always for " + s));
        always.visibleProperty().bind(vm.siteProperty().isNotEmpty());
        always.managedProperty().bind(always.visibleProperty());
        always.setSelected(vm.alwaysProperty().get());
        vm.alwaysProperty().addListener((obs, old, now) -> always.setSelected(now));
        always.selectedProperty().addListener((obs, old, now) -> vm.onSetAlways(now));
        getChildren().addAll(text, progress, load, always);
        visibleProperty().bind(vm.countProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}
