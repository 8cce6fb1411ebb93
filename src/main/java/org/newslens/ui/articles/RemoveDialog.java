package org.newslens.ui.articles;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;


/** Asks before removing an article, saying what goes with it; with notes, whether to keep them. */
public final class RemoveDialog {
    public static final ButtonType REMOVE = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType KEEP_NOTES = new ButtonType("Remove, keep notes", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType WITH_NOTES = new ButtonType("Remove with notes", ButtonBar.ButtonData.OTHER);

    private RemoveDialog() {
    }

    /** Confirms, then removes through {@code vm}. */
    public static void ask(Window owner, RemovalViewModel vm, org.newslens.model.RemovalPreview p) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Remove article");
        alert.setHeaderText("Remove “" + p.title() + "”?");
        StringBuilder text = new StringBuilder("The article leaves the library with its people, places, dates and quotes.");
        if (p.hasNotes()) {
            text.append("\n\nIt has ").append(notes(p)).append(". Keep them as orphaned notes (they come back if you import ")
                    .append("the same text again), or remove them with the article.");
            alert.getButtonTypes().setAll(KEEP_NOTES, WITH_NOTES, ButtonType.CANCEL);
        } else {
            alert.getButtonTypes().setAll(REMOVE, ButtonType.CANCEL);
        }
        text.append("\n\nUndo (Ctrl+Z) brings it back.");
        alert.setContentText(text.toString());
        alert.getDialogPane().setId("removeDialog");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        answer.filter(b -> b == REMOVE || b == KEEP_NOTES || b == WITH_NOTES)
                .ifPresent(b -> vm.onRemove(p.id(), b == KEEP_NOTES));
    }

    static String notes(org.newslens.model.RemovalPreview p) {
        String highlights = p.highlights() == 1 ? "1 highlight" : p.highlights() + " highlights";
        if (p.hasNote() && p.highlights() > 0) {
            return "a note and " + highlights;
        }
        return p.hasNote() ? "a note" : highlights;
    }
}
