package org.newslens.ui.sidebar;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newslens.ui.theme.Css;

/** The right pane: one section per {@link SidebarSection}, each bound to its list in the view model. */
public final class SidebarView extends BorderPane {
    public SidebarView(SidebarViewModel vm) {
        getStyleClass().add(Css.SIDEBAR);
        Label heading = new Label("In this article");
        heading.getStyleClass().add(Css.PANE_TITLE);
        HBox header = new HBox(heading);
        header.getStyleClass().add(Css.PANE_HEADER);
        setTop(header);

        VBox sections = new VBox();
        for (SidebarSection s : SidebarSection.values()) {
            sections.getChildren().add(new SidebarSectionView(s, vm));
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // A mention clicked in the reader: bring its row into view.
        Runnable reveal = () -> Platform.runLater(() -> sections.getChildren().stream()
                .map(n -> ((SidebarSectionView) n).selectedRow()).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(row -> scrollTo(scroll, sections, row)));
        vm.selectedActorProperty().addListener((obs, old, now) -> reveal.run());
        // Each article starts at the top of its sidebar (People first), not where the last one was left.
        vm.articleIdProperty().addListener((obs, old, now) -> scroll.setVvalue(0));
        vm.selectedDateProperty().addListener((obs, old, now) -> reveal.run());
        vm.correctionErrorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.WARNING, now);
                a.setHeaderText("That correction was not made");
                if (getScene() != null) {
                    a.initOwner(getScene().getWindow());
                }
                a.show();
            }
        });
    }

    private static void scrollTo(ScrollPane scroll, VBox content, Region row) {
        double y = content.sceneToLocal(row.localToScene(0, 0)).getY();
        double view = scroll.getViewportBounds().getHeight();
        double height = content.getHeight();
        if (height > view) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - view / 3) / (height - view))));
        }
    }
}
