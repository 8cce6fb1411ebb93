package org.newslens.ui.sources;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.ui.theme.Css;

/**
 * The sources pane at the left: one block per {@link SourceSection} (a heading, its lines or a quiet
 * placeholder), the chosen line marked, and "Mark all read" at the bottom. Lines are reused.
 */
public final class SourcesView extends BorderPane {
    static final String PANE = "sources-pane";
    static final String SECTION = "source-section";
    static final String ITEM = "source-item";
    static final String LABEL = "source-label";
    static final String COUNT = "source-count";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final SourcesViewModel vm;

    public SourcesView(SourcesViewModel vm, ReadingViewModel reading, Runnable collapse) {
        this.vm = vm;
        getStyleClass().add(PANE);
        setId("sourcesPane");
        Label heading = new Label("Sources");
        heading.getStyleClass().add(Css.PANE_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button hide = new Button("‹");
        hide.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        hide.setTooltip(new Tooltip("Hide the sources (Ctrl+Shift+B)"));
        hide.setOnAction(e -> collapse.run());
        HBox header = new HBox(heading, grow, hide);
        header.getStyleClass().add(Css.PANE_HEADER);
        setTop(header);

        VBox sections = new VBox();
        for (SourceSection s : vm.sections()) {
            sections.getChildren().add(section(s));
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Button markAll = new Button("Mark all read");
        markAll.setId("markAllRead");
        markAll.getStyleClass().addAll(Styles.SMALL);
        markAll.setMaxWidth(Double.MAX_VALUE);
        markAll.setTooltip(new Tooltip("Marks every article in the list read (Ctrl+Shift+M)"));
        markAll.setOnAction(e -> reading.onMarkAllRead());
        VBox bottom = new VBox(markAll);
        bottom.getStyleClass().add(SECTION);
        setBottom(bottom);
    }

    private VBox section(SourceSection s) {
        Label heading = new Label(s.title());
        heading.getStyleClass().add(Css.SIDEBAR_HEADER);
        Label placeholder = new Label(s.placeholder());
        placeholder.getStyleClass().add(Css.SIDEBAR_PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(Bindings.isEmpty(s.items()).and(Bindings.createBooleanBinding(() -> !s.placeholder().isEmpty())));
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        VBox rows = new VBox();
        VBox box = new VBox(heading, placeholder, rows);
        box.getStyleClass().add(SECTION);
        box.setId("sources-" + s.id());
        s.items().addListener((ListChangeListener<SourceItem>) c -> showItems(rows, s.items()));
        vm.selectedProperty().addListener((obs, old, now) -> markSelected(rows));
        showItems(rows, s.items());
        return box;
    }

    private void showItems(VBox rows, ObservableList<SourceItem> items) {
        while (rows.getChildren().size() > items.size()) {
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        while (rows.getChildren().size() < items.size()) {
            rows.getChildren().add(new Row());
        }
        for (int i = 0; i < items.size(); i++) {
            ((Row) rows.getChildren().get(i)).show(items.get(i));
        }
        markSelected(rows);
    }

    private void markSelected(VBox rows) {
        for (var n : rows.getChildren()) {
            Row row = (Row) n;
            row.pseudoClassStateChanged(SELECTED, row.item != null && row.item.sameSource(vm.selectedProperty().get()));
        }
    }

    private final class Row extends HBox {
        private final Label label = new Label();
        private final Label count = new Label();
        private SourceItem item;

        Row() {
            getStyleClass().add(ITEM);
            label.getStyleClass().add(LABEL);
            label.setMinWidth(0);
            count.getStyleClass().add(COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            getChildren().addAll(label, grow, count);
            setFocusTraversable(true);
            setOnMouseClicked(e -> {
                if (item != null && e.getButton() == MouseButton.PRIMARY) {
                    vm.onChoose(item);
                }
            });
            setOnContextMenuRequested(e -> {
                if (item != null && item.kind() == SourceItem.Kind.WATCHED) {
                    javafx.scene.control.MenuItem stop = new javafx.scene.control.MenuItem("Unwatch " + item.label());
                    SourceItem chosen = item;
                    stop.setOnAction(a -> vm.onUnwatch(chosen));
                    new javafx.scene.control.ContextMenu(stop).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            setOnKeyPressed(e -> {
                if (item != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                    vm.onChoose(item);
                    e.consume();
                }
            });
        }

        void show(SourceItem item) {
            this.item = item;
            label.setText(item.label());
            count.setText(String.format("%,d", item.count()));
            String what = switch (item.kind()) {
                case ALL -> "articles";
                case UNREAD, WATCHED -> "unread";
                case STARRED -> "starred";
            };
            setAccessibleText(item.label() + ", " + item.count() + " " + what);
            Tooltip.install(this, new Tooltip(item.kind() == SourceItem.Kind.WATCHED
                    ? "The unread articles that mention " + item.label() : item.label()));
        }
    }
}
