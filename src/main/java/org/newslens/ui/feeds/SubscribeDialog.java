package org.newslens.ui.feeds;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Subscribe…: a feed's or a site's address and an optional folder. The subscription runs in the background. */
final class SubscribeDialog {
    private SubscribeDialog() {
    }

    static void show(Window owner, FeedsViewModel vm) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Subscribe to a feed");
        d.setHeaderText("Paste a feed's address, or a site's: its feed is found for you.");
        TextField url = new TextField();
        url.setId("subscribeUrl");
        url.setPromptText("https://example.org/ or https://example.org/feed.xml");
        url.setPrefColumnCount(36);
        TextField folder = new TextField();
        folder.setId("subscribeFolder");
        folder.setPromptText("optional (News, or News/Local)");
        Label error = new Label();
        error.getStyleClass().add(FeedsCss.FORM_ERROR);
        error.setWrapText(true);
        error.setManaged(false);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Address"), url);
        grid.addRow(1, new Label("Folder"), folder);
        // The labels keep their words; the fields take what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.add(error, 1, 2);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getStylesheets().add(SubscribeDialog.class.getResource(FeedsCss.STYLESHEET).toExternalForm());
        ButtonType ok = new ButtonType("Subscribe", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(url.textProperty().isEmpty());
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!vm.onSubscribe(url.getText(), folder.getText())) {
                String why = vm.subscribeErrorProperty().get() != null ? vm.subscribeErrorProperty().get()
                        : "another feed task is running; try again when it ends";
                error.setText(why);
                error.setManaged(true);
                e.consume(); // keep the dialog open to correct the address
            }
        });
        javafx.application.Platform.runLater(url::requestFocus);
        d.show();
    }
}
