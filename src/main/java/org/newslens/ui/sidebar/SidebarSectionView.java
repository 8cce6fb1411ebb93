package org.newslens.ui.sidebar;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.ui.theme.Css;

/** One section of the sidebar: a heading with a count, then its items or a quiet placeholder. */
final class SidebarSectionView extends VBox {
    private final ObservableList<SidebarItem> items;
    private final VBox rows = new VBox();
    private final Label placeholder = new Label("Nothing found yet");

    SidebarSectionView(SidebarSection section, ObservableList<SidebarItem> items) {
        this.items = items;
        getStyleClass().add(Css.SIDEBAR_SECTION);
        setId("sidebar-" + section.name().toLowerCase(Locale.ROOT));
        Label heading = new Label(section.title());
        heading.getStyleClass().add(Css.SIDEBAR_HEADER);
        Label count = new Label();
        count.getStyleClass().add(Css.SIDEBAR_COUNT);
        count.textProperty().bind(Bindings.size(items).asString("%d"));
        count.visibleProperty().bind(Bindings.isNotEmpty(items));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(heading, grow, count);
        header.setAlignment(Pos.CENTER_LEFT);

        placeholder.getStyleClass().add(Css.SIDEBAR_PLACEHOLDER);
        placeholder.visibleProperty().bind(Bindings.isEmpty(items));
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        getChildren().addAll(header, placeholder, rows);

        items.addListener((ListChangeListener<SidebarItem>) c -> showItems());
        showItems();
    }

    /** Rows are reused: only their number changes with the list, their texts are set anew. */
    private void showItems() {
        while (rows.getChildren().size() > items.size()) {
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        while (rows.getChildren().size() < items.size()) {
            rows.getChildren().add(new Row());
        }
        for (int i = 0; i < items.size(); i++) {
            ((Row) rows.getChildren().get(i)).show(items.get(i));
        }
    }

    private static final class Row extends BorderPane {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label count = new Label();

        Row() {
            getStyleClass().add(Css.SIDEBAR_ITEM);
            name.getStyleClass().add(Css.SIDEBAR_ITEM_NAME);
            detail.getStyleClass().add(Css.SIDEBAR_ITEM_DETAIL);
            detail.managedProperty().bind(detail.visibleProperty());
            count.getStyleClass().add(Css.SIDEBAR_COUNT);
            setCenter(new VBox(name, detail));
            setRight(count);
            BorderPane.setAlignment(count, Pos.CENTER_RIGHT);
        }

        void show(SidebarItem item) {
            name.setText(item.name());
            detail.setText(item.detail());
            detail.setVisible(!item.detail().isEmpty());
            count.setText(Integer.toString(item.count()));
        }
    }
}
