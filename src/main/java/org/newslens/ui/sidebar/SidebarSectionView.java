package org.newslens.ui.sidebar;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.model.ActorRef;
import org.newslens.ui.actors.ActorChooserDialog;
import org.newslens.ui.theme.Css;
import org.newslens.ui.theme.ReusedRows;

/**
 * One section of the sidebar: a heading with a count, then its items or a quiet placeholder. A click
 * selects or reveals an item; double-click filters by an actor; the context menu has the actions.
 */
final class SidebarSectionView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final SidebarSection section;
    private final SidebarViewModel vm;
    private final ObservableList<SidebarItem> items;
    private final VBox rows = new VBox();
    private final Label placeholder = new Label();
    private final ContextMenu menu = new ContextMenu();

    SidebarSectionView(SidebarSection section, SidebarViewModel vm) {
        this.section = section;
        this.vm = vm;
        this.items = vm.items(section);
        getStyleClass().add(Css.SIDEBAR_SECTION);
        setId("sidebar-" + section.name().toLowerCase(java.util.Locale.ROOT));
        Label heading = new Label(section.title());
        heading.getStyleClass().add(Css.SIDEBAR_HEADER);
        Label count = new Label();
        count.getStyleClass().add(Css.SIDEBAR_COUNT);
        count.textProperty().bind(Bindings.size(items).asString("%d"));
        count.visibleProperty().bind(Bindings.isNotEmpty(items));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(heading, grow, count);

        placeholder.getStyleClass().add(Css.SIDEBAR_PLACEHOLDER);
        placeholder.textProperty().bind(vm.loadedProperty().map(done -> done ? "None found" : "Loading…"));
        placeholder.visibleProperty().bind(Bindings.isEmpty(items));
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        getChildren().addAll(header, placeholder, rows);

        items.addListener((ListChangeListener<SidebarItem>) c -> showItems());
        vm.selectedActorProperty().addListener((obs, old, now) -> markSelected());
        vm.selectedDateProperty().addListener((obs, old, now) -> markSelected());
        showItems();
    }

    /** Rows are reused: only their number changes with the list, their texts are set anew. */
    private void showItems() {
        ReusedRows.show(rows, items, Row::new, Row::show);
        markSelected();
    }

    private void markSelected() {
        for (var n : rows.getChildren()) {
            Row row = (Row) n;
            row.pseudoClassStateChanged(SELECTED, row.item != null && vm.isSelected(section, row.item));
        }
    }

    /** The row of the window's selection, if this section has it. */
    Optional<Region> selectedRow() {
        return rows.getChildren().stream().map(n -> (Row) n).filter(r -> r.item != null && vm.isSelected(section, r.item))
                .map(r -> (Region) r).findFirst();
    }

    private void showMenu(Row row, double x, double y) {
        SidebarItem item = row.item;
        if (item == null || !item.isActor()) {
            return;
        }
        MenuItem filter = vm.isInFilter(item) ? new MenuItem("Remove from filter") : new MenuItem("Filter by " + item.name());
        filter.setOnAction(e -> {
            if (vm.isInFilter(item)) {
                vm.onRemoveFromFilter(item);
            } else {
                vm.onFilterBy(item);
            }
        });
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog(item.name());
            d.initOwner(getScene().getWindow());
            d.setTitle("Rename");
            d.setHeaderText("Rename “" + item.name() + "” everywhere in the library");
            d.setContentText("New name:");
            d.showAndWait().ifPresent(name -> vm.onRename(item, name));
        });
        MenuItem merge = new MenuItem("Merge into…");
        merge.setOnAction(e -> {
            Optional<ActorRef> into = ActorChooserDialog.choose(getScene().getWindow(), "Merge",
                    "Merge “" + item.name() + "” into… (its mentions move there; the name you choose stays)",
                    vm.mergeTargets(item));
            into.ifPresent(target -> vm.onMerge(item, target));
        });
        MenuItem hide = new MenuItem("Hide");
        hide.setOnAction(e -> vm.onHide(item));
        boolean watched = vm.isWatched(item);
        MenuItem watch = new MenuItem(watched ? "Unwatch" : "Watch");
        watch.setId("watchMenuItem");
        watch.setOnAction(e -> vm.onWatch(item, !watched));
        menu.getItems().setAll(filter, watch, new SeparatorMenuItem(), rename, merge, hide);
        menu.show(row, x, y);
    }

    private final class Row extends BorderPane {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label sentence = new Label();
        private final Label count = new Label();
        private final Tooltip tip = new Tooltip();
        private SidebarItem item;

        Row() {
            getStyleClass().add(Css.SIDEBAR_ITEM);
            name.getStyleClass().add(Css.SIDEBAR_ITEM_NAME);
            detail.getStyleClass().add(Css.SIDEBAR_ITEM_DETAIL);
            detail.managedProperty().bind(detail.visibleProperty());
            detail.setWrapText(true);
            sentence.getStyleClass().add(Css.SIDEBAR_ITEM_SENTENCE);
            sentence.managedProperty().bind(sentence.visibleProperty());
            sentence.setWrapText(true);
            count.getStyleClass().add(Css.SIDEBAR_COUNT);
            count.managedProperty().bind(count.visibleProperty());
            VBox text = new VBox(name, detail, sentence);
            text.setMinWidth(0);
            setCenter(text);
            setRight(count);
            setOnMouseClicked(e -> {
                if (item != null && e.getButton() == MouseButton.PRIMARY) {
                    if (e.getClickCount() >= 2 && item.isActor()) {
                        vm.onFilterBy(item);
                    } else {
                        vm.onActivate(section, item);
                    }
                }
            });
            setOnContextMenuRequested(e -> showMenu(this, e.getScreenX(), e.getScreenY()));
            // Keyboard: Tab reaches the rows, Enter activates one, the context-menu key (or Shift+F10) opens its menu.
            setFocusTraversable(true);
            setOnKeyPressed(e -> {
                if (item != null && e.getCode() == KeyCode.ENTER) {
                    vm.onActivate(section, item);
                    e.consume();
                }
            });
        }

        void show(SidebarItem item) {
            this.item = item;
            name.setText(item.name());
            detail.setText(item.detail());
            detail.setVisible(!item.detail().isEmpty());
            sentence.setText(item.sentence());
            sentence.setVisible(!item.sentence().isEmpty());
            count.setText(Integer.toString(item.count()));
            count.setVisible(item.count() > 0);
            if (item.isActor()) {
                tip.setText("Click: show in the text · Double-click: filter by " + item.name() + " · Right-click: watch, rename, merge, hide");
                Tooltip.install(this, tip);
            } else {
                Tooltip.uninstall(this, tip);
            }
            setAccessibleText(item.name() + (item.detail().isEmpty() ? "" : ", " + item.detail()));
        }
    }
}
