package org.newslens.ui.main;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.newslens.ui.importing.ImportViewModel;
import org.newslens.ui.theme.Css;

/** Files and folders dropped on the window are imported; while dragging, a hint covers the panes. */
final class DropTarget {
    private DropTarget() {
    }

    /** The hint overlay; add it on top of the content. */
    static StackPane hint() {
        Label label = new Label("Drop files or folders to import them");
        label.getStyleClass().add(Css.DROP_HINT_LABEL);
        StackPane hint = new StackPane(label);
        hint.setAlignment(Pos.CENTER);
        hint.getStyleClass().add(Css.DROP_HINT);
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        return hint;
    }

    static void install(Node target, Node hint, ImportViewModel importing) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !importing.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                hint.setVisible(true);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> hint.setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            hint.setVisible(false);
            boolean ok = e.getDragboard().hasFiles()
                    && importing.onImport(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
