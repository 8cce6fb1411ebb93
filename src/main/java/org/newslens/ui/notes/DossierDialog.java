package org.newslens.ui.notes;

import java.io.File;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.notes.export.ExportFormat;

/** File ▸ Person dossier…: a person, Markdown or HTML, a file; saved in the background, then "Open" or "Show in folder". */
final class DossierDialog {
    private DossierDialog() {
    }

    static void show(Window owner, DossierViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Person dossier");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        Forms.styleLike(dialog, owner);

        TextField person = Forms.personField(vm.people());
        person.setId("dossierPerson");
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.MD, ExportFormat.HTML);
        format.setValue(ExportFormat.MD);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == ExportFormat.HTML ? "HTML (one readable page)" : "Markdown";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        TextField destination = new TextField();
        destination.setPromptText("File");
        destination.setPrefColumnCount(30);
        Button choose = new Button("Choose…");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the dossier");
            String name = person.getText().isBlank() ? "dossier" : person.getText().strip().replaceAll("[^\\p{L}\\p{N}]+", "-");
            chooser.setInitialFileName(name + "." + format.getValue().extension());
            File picked = chooser.showSaveDialog(owner);
            if (picked != null) {
                destination.setText(picked.getPath());
            }
        });
        HBox.setHgrow(destination, Priority.ALWAYS);
        GridPane form = new GridPane();
        form.getStyleClass().add(NotesCss.FORM);
        form.addRow(0, Forms.label("Person"), person);
        form.addRow(1, Forms.label("Format"), format);
        form.addRow(2, Forms.label("Save to"), new HBox(8, destination, choose));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        Forms.fileWriteDialog(dialog, vm, "dossier", form, busy, "Save",
                () -> vm.onSave(person.getText(), format.getValue(), Forms.path(destination)));
        // Pre-fill the person selected in the window, unless the user has typed a name meanwhile.
        javafx.beans.value.ChangeListener<String> suggest = (obs, old, now) -> {
            if (person.getText().isBlank() || person.getText().equals(old)) {
                person.setText(now);
            }
        };
        vm.suggestedProperty().addListener(suggest);
        dialog.setOnHidden(e -> vm.suggestedProperty().removeListener(suggest));
        vm.onOpen();
        person.setText(vm.suggestedProperty().get());
        dialog.show();
        Platform.runLater(person::requestFocus);
    }
}
