package org.newslens.ui.notes;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.model.Highlight;
import org.newslens.ui.theme.Css;

/**
 * The pane below the reader: the article's note on the left (saves itself; a quiet "Saving…" /
 * "Saved"), its highlights on the right with their comments and tags, to edit, delete, or find in the text.
 */
final class NotePane extends BorderPane {
    private final NoteEditorViewModel editor;
    private final HighlightsViewModel highlights;
    private final TextArea area = new TextArea();

    NotePane(NoteEditorViewModel editor, HighlightsViewModel highlights) {
        this.editor = editor;
        this.highlights = highlights;
        getStyleClass().add(NotesCss.NOTE_PANE);
        setId("notePane");

        SplitPane split = new SplitPane(noteSide(), highlightSide());
        split.setDividerPositions(0.55);
        setCenter(split);
        setMinHeight(0);
    }

    private VBox noteSide() {
        Label title = new Label("NOTE");
        title.getStyleClass().add(Css.PANE_TITLE);
        Label state = new Label();
        state.setId("noteSaveState");
        state.getStyleClass().add(NotesCss.SAVE_STATE);
        state.textProperty().bind(Bindings.createStringBinding(() -> editor.errorProperty().get().isEmpty()
                ? editor.saveStateProperty().get().label() : editor.errorProperty().get(),
                editor.saveStateProperty(), editor.errorProperty()));
        editor.saveStateProperty().addListener((obs, old, now) -> {
            state.getStyleClass().remove("failed");
            if (now == NoteEditorViewModel.SaveState.FAILED) {
                state.getStyleClass().add("failed");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, state);
        header.getStyleClass().add(Css.PANE_HEADER);
        header.setAlignment(Pos.BASELINE_LEFT);

        area.setId("noteEditor");
        area.getStyleClass().add(NotesCss.NOTE_EDITOR);
        area.setWrapText(true);
        area.setPromptText("Your note on this article, in Markdown if you like. It saves itself as you type.");
        area.editableProperty().bind(editor.editableProperty());
        area.setText(editor.textProperty().get());
        editor.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                area.setText(now);
            }
        });
        area.textProperty().addListener((obs, old, now) -> editor.onEdit(now));
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                editor.onSaveNow();
            }
        });
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox box = new VBox(header, area);
        box.setPadding(new javafx.geometry.Insets(0, 8, 10, 10));
        box.setMinWidth(160);
        return box;
    }

    private VBox highlightSide() {
        Label title = new Label("HIGHLIGHTS");
        title.getStyleClass().add(Css.PANE_TITLE);
        Label count = new Label();
        count.getStyleClass().add(Css.SIDEBAR_COUNT);
        count.textProperty().bind(Bindings.size(highlights.highlights()).asString());
        Label error = new Label();
        error.getStyleClass().add(NotesCss.ERROR);
        error.textProperty().bind(highlights.messageProperty());
        HBox header = new HBox(8, title, count, error);
        header.getStyleClass().add(Css.PANE_HEADER);
        header.setAlignment(Pos.BASELINE_LEFT);

        ListView<Highlight> list = new ListView<>(highlights.highlights());
        list.setId("highlightList");
        list.getStyleClass().add(NotesCss.HIGHLIGHT_LIST);
        list.setCellFactory(v -> new HighlightCell(this::edit, this::delete));
        Label placeholder = new Label("Select text in the article, then press Ctrl+H (or right-click ▸ Highlight…) to keep it here with a comment and tags.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(NotesCss.PLACEHOLDER);
        placeholder.setMaxWidth(260);
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(e -> {
            Highlight h = list.getSelectionModel().getSelectedItem();
            if (h != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                highlights.onReveal(h.articleId(), h.start(), h.end());
            }
        });
        list.setOnKeyPressed(e -> {
            Highlight h = list.getSelectionModel().getSelectedItem();
            if (h == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                highlights.onReveal(h.articleId(), h.start(), h.end());
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete(h);
            } else if (e.getCode() == KeyCode.F2) {
                edit(h);
            }
        });
        highlights.highlights().addListener((ListChangeListener<Highlight>) c -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(header, list);
        box.setMinWidth(160);
        return box;
    }

    /** Puts the caret in the note. */
    void focusEditor() {
        area.requestFocus();
        area.positionCaret(area.getLength());
    }

    void edit(Highlight h) {
        if (h == null) {
            return;
        }
        HighlightDialog.show(getScene() == null ? null : getScene().getWindow(), "Edit highlight", "Save", h.quote(),
                h.comment(), TagText.format(h.tags()))
                .ifPresent(r -> highlights.onUpdate(h.id(), r.comment(), r.tags()));
    }

    void delete(Highlight h) {
        if (h == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete this highlight and its comment?", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.setTitle("Delete highlight");
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            highlights.onDelete(h.id());
        }
    }
}
