package org.newslens.ui.task;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;

/**
 * A running task's progress bar and Cancel button (the import status bar, the re-analyse bar, the
 * feeds pane), bound to a view model's {@link TaskState} properties; the caller sizes, styles and
 * places them.
 */
public record TaskControls(ProgressBar bar, Button cancel) {
    /** {@code cancelId}: the button's id, for tests and accessibility tools. */
    public static TaskControls of(ObservableNumberValue progress, ObservableBooleanValue running, String cancelId,
                                  Runnable onCancel) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        Button cancel = new Button("Cancel");
        cancel.setId(cancelId);
        cancel.setOnAction(e -> onCancel.run());
        TaskControls c = new TaskControls(bar, cancel);
        c.showWhile(running, bar, cancel);
        return c;
    }

    /** Shows {@code nodes}, and gives them room in the layout, only while {@code running}. */
    public void showWhile(ObservableBooleanValue running, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(running);
            n.managedProperty().bind(running);
        }
    }
}
