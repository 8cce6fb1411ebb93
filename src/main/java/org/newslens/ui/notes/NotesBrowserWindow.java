package org.newslens.ui.notes;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.newslens.ui.theme.Css;
import org.newslens.ui.timing.Debouncer;
import org.newslens.ui.timing.Scheduler;

/**
 * View ▸ Notes and highlights…: every note and highlight, the most recent first, filtered by person
 * (suggested as one types), text and published dates. Clicking one opens its article in the main
 * window and scrolls to the highlight.
 */
final class NotesBrowserWindow {

    private final NotesBrowserViewModel vm;
    private final Stage stage = new Stage();
    private final Stage owner;
    private final TextField personField;

    NotesBrowserWindow(NotesBrowserViewModel vm, Stage owner) {
        this.vm = vm;
        this.owner = owner;
        TextField person = Forms.personField(vm.people());
        person.setId("notesPerson");
        person.setPrefColumnCount(14);
        this.personField = person;
        TextField text = new TextField();
        text.setId("notesText");
        text.setPromptText("Words in the article, note, quote, comment or tags");
        HBox.setHgrow(text, Priority.ALWAYS);
        DatePicker from = Forms.datePicker("From");
        DatePicker to = Forms.datePicker("To");
        from.setTooltip(new javafx.scene.control.Tooltip("Published on or after"));
        to.setTooltip(new javafx.scene.control.Tooltip("Published on or before"));
        Button clear = new Button("Clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Runnable apply = () -> vm.onFilter(person.getText(), text.getText(), from.getValue(), to.getValue());
        Debouncer typing = new Debouncer(Scheduler.fx(), java.time.Duration.ofMillis(300), apply);
        person.textProperty().addListener(o -> typing.trigger());
        text.textProperty().addListener(o -> typing.trigger());
        from.valueProperty().addListener(o -> apply.run());
        to.valueProperty().addListener(o -> apply.run());
        clear.setOnAction(e -> {
            person.clear();
            text.clear();
            from.setValue(null);
            to.setValue(null);
        });
        HBox filters = new HBox(8, person, text, from, to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add(Css.PANE_HEADER);

        Label count = new Label();
        count.getStyleClass().add(Css.MUTED);
        count.textProperty().bind(vm.countProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(NotesCss.PLACEHOLDER);
        message.textProperty().bind(vm.messageProperty());

        ListView<AnnotationEntry> list = new ListView<>(vm.entries());
        list.setId("notesList");
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(message);
        list.setOnMouseClicked(e -> vm.onOpen(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.onOpen(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox status = new HBox(count);
        status.getStyleClass().add(Css.STATUS_BAR);
        BorderPane root = new BorderPane(list, filters, null, status, null);
        root.getStyleClass().addAll(Css.ROOT, NotesCss.NOTES_BROWSER);

        Scene scene = new Scene(root, 900, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Notes and highlights — NewsLens");
        stage.getIcons().setAll(owner.getIcons());
        stage.initOwner(owner);
        // Notes change in the main window while this one is open: show the latest on coming back.
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.onRefresh();
            }
        });
    }

    void show() {
        stage.show();
        stage.toFront();
        javafx.application.Platform.runLater(personField::requestFocus);
    }

    /** One note or highlight: its article and date, then the quote or the note, the comment and tags. */
    private static final class EntryCell extends ListCell<AnnotationEntry> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label body = new Label();
        private final Label comment = new Label();
        private final Label tags = new Label();
        private final VBox box = new VBox(4, title, body, comment, tags, meta);

        EntryCell() {
            title.getStyleClass().add(NotesCss.ENTRY_TITLE);
            meta.getStyleClass().add(NotesCss.ENTRY_META);
            comment.getStyleClass().add(NotesCss.HIGHLIGHT_COMMENT);
            tags.getStyleClass().add(NotesCss.HIGHLIGHT_TAGS);
            for (Label l : new Label[] {body, comment}) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            body.setMaxHeight(80);
            box.setPrefWidth(1);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AnnotationEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            boolean highlight = e.kind() == AnnotationEntry.Kind.HIGHLIGHT;
            title.setText(e.title());
            body.getStyleClass().setAll("label", highlight ? NotesCss.HIGHLIGHT_QUOTE : NotesCss.HIGHLIGHT_COMMENT);
            String t = e.text().strip().replaceAll("\\s+", " ");
            body.setText(highlight ? "“" + t + "”" : t);
            comment.setText(e.comment());
            comment.setVisible(!e.comment().isBlank());
            comment.setManaged(comment.isVisible());
            tags.setText(e.tags().isEmpty() ? "" : "#" + String.join("  #", e.tags()));
            tags.setVisible(!e.tags().isEmpty());
            tags.setManaged(tags.isVisible());
            String date = org.newslens.dates.ReadableDates.day(e.published());
            meta.setText((highlight ? "Highlight" : "Note") + " · " + date + (e.source().isBlank() ? "" : " · " + e.source())
                    + (e.people().isEmpty() ? "" : " · " + String.join(", ", e.people()))
                    + (e.orphaned() ? " · no longer found in the text" : ""));
            setGraphic(box);
        }
    }
}
