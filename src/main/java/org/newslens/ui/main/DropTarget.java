package org.newslens.ui.main;

import java.io.File;
import java.net.URI;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.newslens.ui.importing.ImportViewModel;
import org.newslens.ui.importing.WebLinks;
import org.newslens.ui.theme.Css;

/**
 * Files and folders dropped on the window are imported, and a link dragged from a browser is opened;
 * while dragging, a hint covers the panes.
 */
final class DropTarget {
    private DropTarget() {
    }

    /** The hint overlay; add it on top of the content. */
    static StackPane hint() {
        Label label = new Label("Drop files, folders or a link to import them");
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
            if ((e.getDragboard().hasFiles() || link(e, importing).isPresent()) && !importing.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                hint.setVisible(true);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> hint.setVisible(false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            hint.setVisible(false);
            boolean ok = e.getDragboard().hasFiles()
                    ? importing.onImport(e.getDragboard().getFiles().stream().map(File::toPath).toList())
                    : link(e, importing).map(importing::onOpenUrl).orElse(false);
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** A web link on the drag board, when links can be opened. */
    private static Optional<URI> link(DragEvent e, ImportViewModel importing) {
        return importing.opensWebAddresses() ? WebLinks.onClipboard(e.getDragboard()) : Optional.empty();
    }
}
