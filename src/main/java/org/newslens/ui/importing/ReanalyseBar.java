package org.newslens.ui.importing;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.newslens.ui.theme.Css;

/** A quiet bar above the status bar: "N articles were analysed by an older engine — Re-analyse", then progress and Cancel. */
public final class ReanalyseBar extends HBox {
    public ReanalyseBar(ReanalyseViewModel vm) {
        getStyleClass().addAll(Css.STATUS_BAR, Css.REANALYSE_BAR);
        setId("reanalyseBar");
        Label text = new Label();
        text.getStyleClass().add(Css.STATUS_TEXT);
        text.setId("reanalyseText");
        text.textProperty().bind(vm.messageProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button start = new Button("Re-analyse");
        start.setId("reanalyse");
        start.getStyleClass().add(Styles.SMALL);
        start.setOnAction(e -> vm.onReanalyse());
        Button later = new Button("Not now");
        later.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        later.setOnAction(e -> vm.onDismiss());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelReanalyse");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> vm.onCancel());
        for (javafx.scene.Node n : new javafx.scene.Node[] {start, later}) {
            n.visibleProperty().bind(vm.canStart());
            n.managedProperty().bind(n.visibleProperty());
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {bar, cancel}) {
            n.visibleProperty().bind(vm.runningProperty());
            n.managedProperty().bind(vm.runningProperty());
        }
        getChildren().addAll(text, start, later, bar, cancel);
        visibleProperty().bind(vm.visibleProperty());
        managedProperty().bind(visibleProperty());
    }
}
