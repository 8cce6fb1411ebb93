package org.newslens.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.newslens.ui.task.TaskControls;
import org.newslens.ui.theme.Css;

/** The bottom bar: what is happening (or the article count), and while importing a progress bar and Cancel. */
public final class ImportStatusBar extends HBox {
    public ImportStatusBar(ImportViewModel vm, ObservableValue<String> idleText) {
        getStyleClass().add(Css.STATUS_BAR);
        Label text = new Label();
        text.getStyleClass().add(Css.STATUS_TEXT);
        text.setId("statusText");
        text.textProperty().bind(Bindings.createStringBinding(
                () -> vm.messageProperty().get().isEmpty() ? idleText.getValue() : vm.messageProperty().get(),
                vm.messageProperty(), idleText));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        TaskControls task = TaskControls.of(vm.progressProperty(), vm.runningProperty(), "cancelImport", vm::onCancelImport);
        task.bar().setPrefWidth(180);
        getChildren().addAll(text, task.bar(), task.cancel());
    }
}
