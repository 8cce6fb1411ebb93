package org.newslens.ui.notes;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** Small pieces the notes window and the dialogs share. */
final class Forms {
    private Forms() {
    }

    /** A person field that suggests the library's people as one types. */
    static TextField personField(ObservableList<String> people) {
        TextField field = new TextField();
        field.setPromptText("Person");
        org.newslens.ui.theme.PersonSuggestions.themed(TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) {
                return java.util.List.of();
            }
            return people.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(typed)).limit(12).collect(Collectors.toList());
        }));
        return field;
    }

    static DatePicker datePicker(String prompt) {
        DatePicker picker = org.newslens.ui.theme.DateFields.install(new DatePicker());
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        return picker;
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(org.newslens.ui.theme.Css.MUTED);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A wrapping label for outcomes and errors; the dialog grows to show all of it. */
    static Label message(Dialog<?> dialog, String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.textProperty().addListener((o, old, now) -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return l;
    }

    /**
     * "Open" and "Show in folder" for what a finished export wrote; shown while {@code written} is set.
     * {@code id} prefixes the buttons' ids ({@code idOpen}, {@code idShowInFolder}).
     */
    static javafx.scene.layout.HBox writtenActions(String id, javafx.beans.value.ObservableObjectValue<Path> written,
                                                  Runnable open, Runnable showInFolder) {
        javafx.scene.control.Button openButton = new javafx.scene.control.Button("Open");
        openButton.setId(id + "Open");
        openButton.setOnAction(e -> open.run());
        javafx.scene.control.Button showButton = new javafx.scene.control.Button("Show in folder");
        showButton.setId(id + "ShowInFolder");
        showButton.setOnAction(e -> showInFolder.run());
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, openButton, showButton);
        actions.visibleProperty().bind(javafx.beans.binding.Bindings.isNotNull(written));
        actions.managedProperty().bind(actions.visibleProperty());
        return actions;
    }

    /** The path typed in {@code field}, or null when blank or not a path. */
    static Path path(TextField field) {
        String s = field.getText() == null ? "" : field.getText().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Path.of(s.startsWith("~" + File.separator) ? System.getProperty("user.home") + s.substring(1) : s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static void styleLike(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Asks a yes/no question; true for yes. */
    /**
     * While {@code dialog} is open, a non-empty {@code question} (a file that NewsLens did not write, or
     * that was edited since) is put to the user: "Overwrite" runs {@code yes}, anything else {@code no}.
     */
    /**
     * The body and buttons of a dialog that writes files (export, dossier): {@code form}, {@code busy} (shown
     * while writing), the error, the summary and Open / Show in folder; then {@code action} (disabled while
     * writing; runs {@code onAction} and keeps the dialog open) and Close, and the question before overwriting.
     * {@code id} prefixes the messages' ids ("export": exportSummary, exportError).
     */
    static void fileWriteDialog(Dialog<?> dialog, FileWriteViewModel<?> vm, String id, javafx.scene.Node form,
                                javafx.scene.Node busy, String action, Runnable onAction) {
        busy.visibleProperty().bind(vm.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label summary = message(dialog, id + "Summary", NotesCss.SUMMARY, vm.summaryProperty());
        Label error = message(dialog, id + "Error", NotesCss.ERROR, vm.errorProperty());
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(12, form, busy, error, summary,
                writtenActions(id, vm.exportedProperty(), vm::onOpenExported, vm::onShowExportedFolder));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        javafx.scene.control.ButtonType actionType = new javafx.scene.control.ButtonType(action,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(actionType, javafx.scene.control.ButtonType.CLOSE);
        javafx.scene.control.Button button = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(actionType);
        button.disableProperty().bind(vm.runningProperty());
        button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            onAction.run();
        });
        askBeforeOverwrite(dialog, vm.confirmProperty(), vm::onConfirm, vm::onDecline);
    }

    static void askBeforeOverwrite(Dialog<?> dialog, javafx.beans.value.ObservableValue<String> question, Runnable yes, Runnable no) {
        javafx.beans.value.ChangeListener<String> ask = (o, old, now) -> {
            if (now != null && !now.isEmpty()) {
                javafx.application.Platform.runLater(() -> {
                    if (confirm(dialog.getDialogPane().getScene().getWindow(), "Overwrite?", now, "Overwrite")) {
                        yes.run();
                    } else {
                        no.run();
                    }
                });
            }
        };
        question.addListener(ask);
        dialog.setOnHidden(e -> question.removeListener(ask));
    }

    static boolean confirm(Window owner, String title, String question, String yes) {
        ButtonType ok = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(null);
        styleLike(alert, owner);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }
}
