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
import javafx.stage.Window;
import java.util.function.Consumer;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.newslens.dates.ReadableDates;
import org.newslens.ui.theme.Css;
import org.newslens.ui.timing.Debouncer;
import org.newslens.ui.timing.Scheduler;

/**
 * View ▸ Notes and highlights…: every note and highlight, the most recent first, filtered by person
 * (suggested as one types), text and published dates. Clicking one opens its article in the main
 * window and scrolls to the highlight. The Orphaned scope lists the notes kept when their articles
 * were removed, by former article (title, dates, note and highlights), with Delete and Export.
 */
final class NotesBrowserWindow {

    private final NotesBrowserViewModel vm;
    private final Stage stage = new Stage();
    private final Stage owner;
    private final TextField personField;

    /** {@code exportOrphaned}: opens the export dialog on the orphaned notes, owned by the given window. */
    NotesBrowserWindow(NotesBrowserViewModel vm, Stage owner, Consumer<Window> exportOrphaned) {
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
        HBox fields = new HBox(8, person, text, from, to, clear);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(fields, Priority.ALWAYS);
        ToggleButton inLibrary = new ToggleButton("Notes");
        ToggleButton orphanedScope = new ToggleButton("Orphaned");
        inLibrary.setId("notesScopeLibrary");
        orphanedScope.setId("notesScopeOrphaned");
        inLibrary.setTooltip(new javafx.scene.control.Tooltip("The notes and highlights of the library's articles"));
        orphanedScope.setTooltip(new javafx.scene.control.Tooltip("Notes kept when their articles were removed"));
        inLibrary.getStyleClass().add(Styles.LEFT_PILL);
        orphanedScope.getStyleClass().add(Styles.RIGHT_PILL);
        ToggleGroup scopes = new ToggleGroup();
        inLibrary.setToggleGroup(scopes);
        orphanedScope.setToggleGroup(scopes);
        inLibrary.setSelected(vm.scopeProperty().get() == NotesBrowserViewModel.Scope.LIBRARY);
        orphanedScope.setSelected(!inLibrary.isSelected());
        scopes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            } else {
                vm.onScope(now == orphanedScope ? NotesBrowserViewModel.Scope.ORPHANED : NotesBrowserViewModel.Scope.LIBRARY);
            }
        });
        HBox scopeBox = new HBox(inLibrary, orphanedScope);
        scopeBox.setMinWidth(Region.USE_PREF_SIZE);
        javafx.beans.binding.BooleanBinding orphaned = vm.scopeProperty().isEqualTo(NotesBrowserViewModel.Scope.ORPHANED);
        fields.visibleProperty().bind(orphaned.not());
        fields.managedProperty().bind(fields.visibleProperty());
        Label orphanedHint = new Label("Notes kept when their articles were removed; they come back if the same text is imported again.");
        orphanedHint.getStyleClass().add(Css.MUTED);
        orphanedHint.setMinWidth(0);
        orphanedHint.visibleProperty().bind(orphaned);
        orphanedHint.managedProperty().bind(orphanedHint.visibleProperty());
        HBox filters = new HBox(12, scopeBox, fields, orphanedHint);
        filters.setAlignment(Pos.CENTER_LEFT);
        // In a box of its own: the header style aligns its children by baseline, which set the hint lower than the toggles.
        VBox header = new VBox(filters);
        header.getStyleClass().add(Css.PANE_HEADER);

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

        Label orphanMessage = new Label();
        orphanMessage.setWrapText(true);
        orphanMessage.getStyleClass().add(NotesCss.PLACEHOLDER);
        orphanMessage.textProperty().bind(vm.messageProperty());
        ListView<OrphanEntry> orphans = new ListView<>(vm.orphans());
        orphans.setId("orphansList");
        orphans.setCellFactory(v -> new OrphanCell());
        orphans.setPlaceholder(orphanMessage);
        Button delete = new Button("Delete…");
        delete.setId("deleteOrphan");
        delete.disableProperty().bind(orphans.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> confirmDelete(orphans.getSelectionModel().getSelectedItem()));
        orphans.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                confirmDelete(orphans.getSelectionModel().getSelectedItem());
            }
        });
        Button export = new Button("Export…");
        export.setId("exportOrphans");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.orphans()));
        export.setOnAction(e -> exportOrphaned.accept(stage));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, delete, export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.visibleProperty().bind(orphaned);
        actions.managedProperty().bind(actions.visibleProperty());
        HBox status = new HBox(8, count, grow, actions);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add(Css.STATUS_BAR);
        BorderPane root = new BorderPane(list, header, null, status, null);
        orphaned.addListener((o, was, now) -> root.setCenter(now ? orphans : list));
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

    private void confirmDelete(OrphanEntry kept) {
        if (kept == null) {
            return;
        }
        ButtonType deleteType = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", deleteType, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        ask.getDialogPane().setId("deleteOrphanDialog");
        ask.setTitle("Delete orphaned notes");
        ask.setHeaderText("Delete the kept notes of \u201c" + kept.title() + "\u201d?");
        ask.setContentText(capitalised(NotesBrowserViewModel.describe(kept)) + " will be gone for good: if the article is imported "
                + "again, they will not come back. This cannot be undone.");
        ask.showAndWait().filter(deleteType::equals).ifPresent(b -> vm.onDeleteOrphan(kept));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    /** One removed article's kept notes: its former title, its dates, the note and each highlight with its comment and tags. */
    private static final class OrphanCell extends ListCell<OrphanEntry> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label note = new Label();
        private final VBox highlights = new VBox(4);
        private final VBox box = new VBox(4, title, note, highlights, meta);

        OrphanCell() {
            title.getStyleClass().add(NotesCss.ENTRY_TITLE);
            meta.getStyleClass().add(NotesCss.ENTRY_META);
            note.getStyleClass().add(NotesCss.HIGHLIGHT_COMMENT);
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            note.setMaxHeight(80);
            box.setPrefWidth(1);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(OrphanEntry k, boolean empty) {
            super.updateItem(k, empty);
            setText(null);
            if (empty || k == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(k.title());
            note.setText(k.hasNote() ? k.note().strip().replaceAll("\\s+", " ") : "");
            note.setVisible(k.hasNote());
            note.setManaged(k.hasNote());
            java.util.List<javafx.scene.Node> hs = new java.util.ArrayList<>();
            for (OrphanEntry.Highlight h : k.highlights()) {
                Label quote = new Label("\u201c" + h.quote().strip().replaceAll("\\s+", " ") + "\u201d");
                quote.getStyleClass().add(NotesCss.HIGHLIGHT_QUOTE);
                quote.setWrapText(true);
                quote.setMinHeight(Region.USE_PREF_SIZE);
                hs.add(quote);
                String extra = h.comment().isBlank() ? "" : h.comment().strip();
                if (!h.tags().isEmpty()) {
                    extra += (extra.isEmpty() ? "" : "  ") + "#" + String.join("  #", h.tags());
                }
                if (!extra.isEmpty()) {
                    Label c = new Label(extra);
                    c.getStyleClass().add(NotesCss.HIGHLIGHT_TAGS);
                    c.setWrapText(true);
                    c.setMinHeight(Region.USE_PREF_SIZE);
                    hs.add(c);
                }
            }
            highlights.getChildren().setAll(hs);
            highlights.setVisible(!hs.isEmpty());
            highlights.setManaged(!hs.isEmpty());
            meta.setText("Published " + ReadableDates.day(k.published()) + " · removed "
                    + ReadableDates.day(k.removedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                    + (k.source() == null || k.source().isBlank() ? "" : " · " + k.source()));
            setGraphic(box);
            setAccessibleText(k.title() + ", orphaned notes");
        }
    }
}
