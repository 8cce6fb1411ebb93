package org.newslens.ui.sidebar;

import javafx.scene.control.Label;
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
            sections.getChildren().add(new SidebarSectionView(s, vm.items(s)));
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }
}
