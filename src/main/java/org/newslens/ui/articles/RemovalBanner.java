package org.newslens.ui.articles;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.newslens.ui.theme.Css;

/** The notification after a removal: what went, Undo (also Ctrl+Z) and Close; or why it failed. */
public final class RemovalBanner extends BorderPane {
    public RemovalBanner(RemovalViewModel vm) {
        getStyleClass().addAll(Css.IMPORT_BANNER);
        setId("removalBanner");
        Label text = new Label();
        text.setId("removalMessage");
        text.getStyleClass().add(Css.IMPORT_BANNER_TITLE);
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get() : vm.messageProperty().get(),
                vm.errorProperty(), vm.messageProperty()));
        Button undo = new Button("Undo");
        undo.setId("undoRemoval");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setOnAction(e -> vm.onUndo());
        undo.visibleProperty().bind(vm.lastRemovedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        Button close = new Button("Close");
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> vm.onDismiss());
        HBox buttons = new HBox(8, undo, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setCenter(text);
        BorderPane.setAlignment(text, Pos.CENTER_LEFT);
        setRight(buttons);
        visibleProperty().bind(vm.messageProperty().isNotNull().or(vm.errorProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
        vm.errorProperty().addListener((obs, old, now) -> {
            getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
            getStyleClass().add(now == null ? Styles.WARNING : Styles.DANGER);
        });
        getStyleClass().add(Styles.WARNING);
    }
}
