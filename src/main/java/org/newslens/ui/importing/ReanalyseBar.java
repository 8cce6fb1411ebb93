package org.newslens.ui.importing;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.newslens.ui.task.TaskControls;
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
        TaskControls task = TaskControls.of(vm.progressProperty(), vm.runningProperty(), "cancelReanalyse", vm::onCancel);
        task.bar().setPrefWidth(180);
        task.cancel().getStyleClass().add(Styles.SMALL);
        task.showWhile(vm.canStart(), start, later);
        getChildren().addAll(text, start, later, task.bar(), task.cancel());
        visibleProperty().bind(vm.visibleProperty());
        managedProperty().bind(visibleProperty());
    }
}
