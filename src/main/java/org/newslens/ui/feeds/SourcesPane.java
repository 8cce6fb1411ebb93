package org.newslens.ui.feeds;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.newslens.ui.theme.Css;

/**
 * The sources pane: folders and feeds with their item counts and an error mark (the reason in a
 * tooltip) on a feed whose last refresh failed; Subscribe… and Refresh, progress and Cancel while a
 * feed task runs; right-click a feed to refresh it, set its full-page mode or unsubscribe. While
 * the window is open, feeds due by their schedule are refreshed every few minutes.
 */
public final class SourcesPane extends VBox {
    /** How often the window looks for feeds the schedule says are due (each feed has its own interval, at least 10 min). */
    static final Duration SCHEDULE_CHECK = Duration.minutes(5);
    private static final int MAX_ROWS = 10;
    private static final double ROW_HEIGHT = 26;

    private final FeedsViewModel vm;
    private final TreeView<SourceNode> tree = new TreeView<>();
    private final Timeline schedule;

    public SourcesPane(FeedsViewModel vm, Window owner) {
        this.vm = vm;
        getStyleClass().add(FeedsCss.SOURCES);
        getStylesheets().add(SourcesPane.class.getResource(FeedsCss.STYLESHEET).toExternalForm());
        setId("sourcesPane");

        Label title = new Label("Feeds");
        title.getStyleClass().add(Css.PANE_TITLE);
        Button subscribe = new Button("Subscribe…");
        subscribe.setId("subscribeButton");
        subscribe.setOnAction(e -> SubscribeDialog.show(owner, vm));
        Button refresh = new Button("Refresh");
        refresh.setId("refreshFeeds");
        refresh.setOnAction(e -> vm.onRefreshAll());
        refresh.disableProperty().bind(vm.runningProperty());
        subscribe.disableProperty().bind(vm.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, subscribe, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Css.PANE_HEADER);
        header.setPadding(new Insets(4, 6, 4, 6));

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelFeeds");
        cancel.setOnAction(e -> vm.onCancel());
        HBox progressRow = new HBox(6, bar, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.setPadding(new Insets(0, 6, 0, 6));
        progressRow.visibleProperty().bind(vm.runningProperty());
        progressRow.managedProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("feedsStatus");
        status.getStyleClass().add(Css.MUTED);
        status.textProperty().bind(vm.messageProperty());
        status.setWrapText(true);
        status.setPadding(new Insets(0, 6, 4, 6));
        status.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        tree.setId("sourcesTree");
        tree.setShowRoot(false);
        tree.setFixedCellSize(ROW_HEIGHT);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new SourceCell(vm));
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.sourcesProperty().addListener((obs, old, now) -> show(now));
        show(vm.sourcesProperty().get());

        getChildren().addAll(header, progressRow, status, tree);

        schedule = new Timeline(new KeyFrame(SCHEDULE_CHECK, e -> vm.onRefreshDue()));
        schedule.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) schedule.stop();
            else schedule.play();
        });
    }

    private void show(List<SourceNode> nodes) {
        TreeItem<SourceNode> root = tree.getRoot();
        root.getChildren().setAll(nodes.stream().map(SourcesPane::item).toList());
        // No feeds: only the header. Else as tall as the rows, up to MAX_ROWS (then it scrolls).
        int rows = Math.min(MAX_ROWS, rows(nodes));
        tree.setVisible(rows > 0);
        tree.setManaged(rows > 0);
        tree.setPrefHeight(rows * ROW_HEIGHT + 6);
    }

    private static int rows(List<SourceNode> nodes) {
        return nodes.stream().mapToInt(n -> 1 + rows(n.children())).sum();
    }

    private static TreeItem<SourceNode> item(SourceNode n) {
        TreeItem<SourceNode> it = new TreeItem<>(n);
        it.setExpanded(true);
        n.children().forEach(c -> it.getChildren().add(item(c)));
        return it;
    }

    /** A row: title, count, and the error mark; reuses its nodes and clears itself when empty. */
    private static final class SourceCell extends TreeCell<SourceNode> {
        private final Label title = new Label();
        private final Label count = new Label();
        private final Label mark = new Label("\u26A0");
        private final Tooltip tip = new Tooltip();
        private final HBox box;
        private final FeedsViewModel vm;

        SourceCell(FeedsViewModel vm) {
            this.vm = vm;
            title.getStyleClass().add(FeedsCss.SOURCE_TITLE);
            count.getStyleClass().add(FeedsCss.SOURCE_COUNT);
            mark.getStyleClass().add(FeedsCss.SOURCE_ERROR);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            title.setMinWidth(0);
            box = new HBox(4, title, gap, mark, count);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SourceNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().remove(FeedsCss.FOLDER);
            if (empty || n == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            if (n.kind() == SourceNode.Kind.FOLDER) getStyleClass().add(FeedsCss.FOLDER);
            title.setText(n.title());
            count.setText(Integer.toString(n.items()));
            mark.setVisible(n.hasError());
            mark.setManaged(n.hasError());
            if (n.error() != null) {
                tip.setText(n.title() + ": " + n.error());
                setTooltip(tip);
            } else {
                setTooltip(null);
            }
            setText(null);
            setGraphic(box);
            setContextMenu(n.kind() == SourceNode.Kind.FEED ? menu(n) : null);
        }

        private ContextMenu menu(SourceNode n) {
            MenuItem refresh = new MenuItem("Refresh");
            refresh.setOnAction(e -> vm.onRefresh(n.id()));
            Menu fullPage = new Menu("Fetch full pages");
            ToggleGroup g = new ToggleGroup();
            java.util.List<String> choices = vm.fullPageChoices();
            for (int i = 0; i < choices.size(); i++) {
                int choice = i;
                RadioMenuItem r = new RadioMenuItem(choices.get(i));
                r.setToggleGroup(g);
                r.setOnAction(e -> vm.onSetFullPage(n.id(), choice));
                fullPage.getItems().add(r);
            }
            MenuItem remove = new MenuItem("Unsubscribe");
            remove.setOnAction(e -> vm.onRemove(n.id()));
            return new ContextMenu(refresh, fullPage, remove);
        }
    }
}
