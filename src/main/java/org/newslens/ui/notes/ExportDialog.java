package org.newslens.ui.notes;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Export notes…: format, scope, destination; the export runs in the background and ends with a
 * summary in the dialog, with "Open" and "Show in folder". Overwriting files that are not NewsLens's own is asked first.
 */
final class ExportDialog {
    private ExportDialog() {
    }

    static void show(Window owner, ExportViewModel vm) {
        show(owner, vm, ExportScope.ALL);
    }

    /** The dialog with {@code initial} chosen (the notes window's Orphaned scope opens it on its own notes). */
    static void show(Window owner, ExportViewModel vm, ExportScope initial) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Export notes");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        Forms.styleLike(dialog, owner);

        ComboBox<ExportChoice> format = new ComboBox<>();
        format.getItems().setAll(ExportChoice.values());
        format.setValue(ExportChoice.MARKDOWN_FILE);
        ComboBox<ExportScope> scope = new ComboBox<>();
        scope.getItems().setAll(ExportScope.values());
        scope.setValue(initial);
        TextField person = Forms.personField(vm.people());
        DatePicker from = Forms.datePicker("From");
        DatePicker to = Forms.datePicker("To");
        HBox dates = new HBox(8, from, to);
        person.visibleProperty().bind(scope.valueProperty().isEqualTo(ExportScope.PERSON));
        person.managedProperty().bind(person.visibleProperty());
        dates.visibleProperty().bind(scope.valueProperty().isEqualTo(ExportScope.DATES));
        dates.managedProperty().bind(dates.visibleProperty());
        TextField destination = new TextField();
        destination.setId("exportDestination");
        destination.setPromptText("File or folder");
        destination.setPrefColumnCount(30);
        Button choose = new Button("Choose…");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setOnAction(e -> choose(owner, format.getValue(), destination));
        format.valueProperty().addListener((o, old, now) -> destination.clear());
        HBox.setHgrow(destination, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.getStyleClass().add(NotesCss.FORM);
        form.addRow(0, Forms.label("Format"), format);
        form.addRow(1, Forms.label("Notes of"), new VBox(8, scope, person, dates));
        form.addRow(2, Forms.label("Save to"), new HBox(8, destination, choose));

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Forms.fileWriteDialog(dialog, vm, "export", form, progress, "Export",
                () -> vm.onExport(new ExportRequest(format.getValue(), scope.getValue(), person.getText(), from.getValue(), to.getValue(),
                        Forms.path(destination))));
        if (!vm.hasOpenArticle()) {
            scope.getItems().remove(ExportScope.ARTICLE);
        }
        vm.onOpen();
        dialog.show();
    }

    private static void choose(Window owner, ExportChoice choice, TextField destination) {
        File picked;
        if (choice.folder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export into a folder");
            picked = chooser.showDialog(owner);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export notes");
            chooser.setInitialFileName(choice.suggestedName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(choice.toString(), "*." + choice.format().extension()));
            picked = chooser.showSaveDialog(owner);
        }
        if (picked != null) {
            destination.setText(picked.getPath());
        }
    }
}
