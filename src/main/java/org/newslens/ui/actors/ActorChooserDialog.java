package org.newslens.ui.actors;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newslens.model.ActorRef;
import org.newslens.ui.theme.Css;

/** A dialog to choose one actor: a type-ahead field over the list; Enter or a double-click chooses. */
public final class ActorChooserDialog {
    private ActorChooserDialog() {
    }

    public static Optional<ActorRef> choose(Window owner, String title, String prompt, ActorChooserViewModel vm) {
        Dialog<ActorRef> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        TextField field = new TextField();
        field.setPromptText("Type a name…");
        field.setId("actorChooserField");
        ListView<ActorRef> list = new ListView<>(vm.shown());
        list.setId("actorChooserList");
        list.setPrefSize(380, 360);
        list.setCellFactory(v -> new Cell());
        Label empty = new Label("Nobody matches");
        empty.getStyleClass().add(Css.MUTED);
        list.setPlaceholder(empty);
        field.textProperty().addListener((o, was, now) -> {
            vm.onQuery(now);
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        vm.shown().addListener((javafx.collections.ListChangeListener<ActorRef>) c -> {
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        VBox box = new VBox(8, field, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new BorderPane(box));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Platform.runLater(field::requestFocus);
        vm.load();
        return dialog.showAndWait();
    }

    private static final class Cell extends ListCell<ActorRef> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final BorderPane box = new BorderPane();

        Cell() {
            count.getStyleClass().add(Css.SIDEBAR_COUNT);
            box.setCenter(name);
            box.setRight(count);
            BorderPane.setAlignment(name, javafx.geometry.Pos.CENTER_LEFT);
            BorderPane.setAlignment(count, javafx.geometry.Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(ActorRef item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                name.setText(item.name());
                count.setText(item.articleCount() == 1 ? "1 article" : item.articleCount() + " articles");
                setGraphic(box);
            }
        }
    }
}
