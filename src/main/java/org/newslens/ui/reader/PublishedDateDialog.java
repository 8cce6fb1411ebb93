package org.newslens.ui.reader;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a publication date, or "unknown". The result holds the date (empty: unknown). */
final class PublishedDateDialog {
    private PublishedDateDialog() {
    }

    static Optional<Optional<LocalDate>> ask(Window owner, LocalDate current) {
        Dialog<Optional<LocalDate>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Publication date");
        DatePicker picker = new DatePicker(current);
        CheckBox unknown = new CheckBox("Unknown");
        unknown.setSelected(current == null);
        picker.disableProperty().bind(unknown.selectedProperty());
        Label help = new Label("Relative dates in the article (\"tomorrow\", \"last Tuesday\") are resolved against this day.");
        help.setWrapText(true);
        help.setMaxWidth(320);
        d.getDialogPane().setContent(new VBox(10, help, picker, unknown));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(unknown.selectedProperty().not().and(picker.valueProperty().isNull()));
        d.setResultConverter(b -> b == ButtonType.OK ? Optional.ofNullable(unknown.isSelected() ? null : picker.getValue()) : null);
        return d.showAndWait();
    }
}
