package org.newslens.ui.actors;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newslens.model.ActorRef;

/** The actors the user hid, with "Show again". Lists load in the background. */
public final class HiddenActorsDialog {
    private HiddenActorsDialog() {
    }

    public static void show(Window owner, ActorCorrections corrections) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Hidden people, organisations and places");
        ListView<ActorRef> list = new ListView<>();
        list.setId("hiddenActors");
        list.setPrefSize(380, 260);
        list.setPlaceholder(new Label("Nothing is hidden."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActorRef a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null
                        : a.name() + "  ·  " + a.type().toLowerCase(Locale.ROOT) + "  ·  " + a.articleCount()
                        + (a.articleCount() == 1 ? " article" : " articles"));
            }
        });
        Button showAgain = new Button("Show again");
        showAgain.setDefaultButton(true);
        showAgain.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        showAgain.setOnAction(e -> {
            ActorRef a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                corrections.onUnhide(a.id());
                list.getItems().remove(a);
            }
        });
        d.getDialogPane().setContent(new VBox(10, list, showAgain));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        corrections.loadHidden(list.getItems()::setAll);
        d.show();
    }
}
