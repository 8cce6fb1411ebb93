package org.newslens.ui.sources;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.newslens.ui.feeds.FeedsMenu;
import org.newslens.ui.feeds.FeedsViewModel;
import org.newslens.ui.task.TaskControls;
import org.newslens.ui.theme.Css;
import org.newslens.ui.theme.ReusedRows;

/**
 * The sources pane at the left: one block per {@link SourceSection} (a heading, its lines or a quiet
 * placeholder), the chosen line marked, and "Mark all read" at the bottom. The Feeds block's heading
 * carries Subscribe… and Refresh, then the running feed task's progress with Cancel and what the last
 * one did; feed lines are indented under their folder, with an error mark (the reason in a tooltip)
 * and a context menu (Refresh, full-page mode, Unsubscribe). Lines are reused. While the pane is in a
 * window, feeds due by their schedule are refreshed every few minutes.
 */
public final class SourcesView extends BorderPane {
    static final String PANE = "sources-pane";
    static final String SECTION = "source-section";
    static final String ITEM = "source-item";
    static final String LABEL = "source-label";
    static final String COUNT = "source-count";
    static final String ERROR = "source-error";
    static final String FOLDER = "source-folder";
    /** How often the window looks for feeds the schedule says are due (each feed has its own interval, at least 10 min). */
    static final Duration SCHEDULE_CHECK = Duration.minutes(5);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final double INDENT = 14;

    private final SourcesViewModel vm;
    private final FeedsViewModel feeds;
    private final Window owner;

    public SourcesView(SourcesViewModel vm, ReadingViewModel reading, Window owner, Runnable collapse) {
        this.vm = vm;
        this.feeds = vm.feeds();
        this.owner = owner;
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

        Timeline schedule = new Timeline(new KeyFrame(SCHEDULE_CHECK, e -> feeds.onRefreshDue()));
        schedule.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                schedule.stop();
            } else {
                schedule.play();
            }
        });
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
        VBox box = new VBox();
        if (s.id().equals(SourcesViewModel.FEEDS)) {
            box.getChildren().addAll(feedsHeading(heading), feedTask());
        } else {
            box.getChildren().add(heading);
        }
        box.getChildren().addAll(placeholder, rows);
        box.getStyleClass().add(SECTION);
        box.setId("sources-" + s.id());
        s.items().addListener((ListChangeListener<SourceItem>) c -> showItems(rows, s.items()));
        vm.selectedProperty().addListener((obs, old, now) -> markSelected(rows));
        showItems(rows, s.items());
        return box;
    }

    /** "Feeds" with Subscribe… and Refresh (Ctrl+R), both off while a feed task runs. */
    private HBox feedsHeading(Label heading) {
        // Compact: the pane is narrow; the tooltips and accessible texts say what they do.
        Button subscribe = new Button("+");
        subscribe.setId("subscribeButton");
        subscribe.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        subscribe.setTooltip(new Tooltip("Subscribe to a feed or a site…"));
        subscribe.setAccessibleText("Subscribe…");
        subscribe.setOnAction(e -> FeedsMenu.subscribe(owner, feeds));
        Button refresh = new Button("\u21BB");
        refresh.setId("refreshFeeds");
        refresh.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        refresh.setTooltip(new Tooltip("Refresh every feed (Ctrl+R)"));
        refresh.setAccessibleText("Refresh feeds");
        refresh.setOnAction(e -> feeds.onRefreshAll());
        refresh.disableProperty().bind(feeds.runningProperty());
        subscribe.disableProperty().bind(feeds.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(4, heading, gap, subscribe, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The running feed task's progress and Cancel, then what is happening or what the last task did. */
    private VBox feedTask() {
        TaskControls task = TaskControls.of(feeds.progressProperty(), feeds.runningProperty(), "cancelFeeds", feeds::onCancel);
        task.bar().setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(task.bar(), Priority.ALWAYS);
        task.cancel().getStyleClass().add(Styles.SMALL);
        HBox progressRow = new HBox(6, task.bar(), task.cancel());
        progressRow.setAlignment(Pos.CENTER_LEFT);
        task.showWhile(feeds.runningProperty(), progressRow);
        Label status = new Label();
        status.setId("feedsStatus");
        status.getStyleClass().add(Css.MUTED);
        status.textProperty().bind(feeds.messageProperty());
        status.setWrapText(true);
        status.setPadding(new Insets(0, 0, 4, 0));
        status.visibleProperty().bind(feeds.messageProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return new VBox(2, progressRow, status);
    }

    private void showItems(VBox rows, ObservableList<SourceItem> items) {
        ReusedRows.show(rows, items, Row::new, Row::show);
        markSelected(rows);
    }

    private void markSelected(VBox rows) {
        for (var n : rows.getChildren()) {
            Row row = (Row) n;
            row.pseudoClassStateChanged(SELECTED, row.item != null && row.item.sameSource(vm.selectedProperty().get()));
        }
    }

    private final class Row extends HBox {
        private final Region indent = new Region();
        private final Label label = new Label();
        private final Label mark = new Label("\u26A0");
        private final Label count = new Label();
        private final Tooltip tip = new Tooltip();
        private SourceItem item;

        Row() {
            getStyleClass().add(ITEM);
            label.getStyleClass().add(LABEL);
            label.setMinWidth(0);
            mark.getStyleClass().add(ERROR);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add(COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            // The label takes the free width (so a chosen, bold line keeps its text) and pushes the count right.
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            indent.setMinWidth(0);
            getChildren().addAll(indent, label, mark, count);
            setAlignment(Pos.CENTER_LEFT);
            setFocusTraversable(true);
            Tooltip.install(this, tip);
            setOnMouseClicked(e -> {
                if (item != null && e.getButton() == MouseButton.PRIMARY) {
                    vm.onChoose(item);
                }
            });
            setOnContextMenuRequested(e -> {
                ContextMenu menu = item == null ? null : contextMenu(item);
                if (menu != null) {
                    menu.show(this, e.getScreenX(), e.getScreenY());
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

        private ContextMenu contextMenu(SourceItem chosen) {
            return switch (chosen.kind()) {
                case WATCHED -> {
                    MenuItem stop = new MenuItem("Unwatch " + chosen.label());
                    stop.setOnAction(a -> vm.onUnwatch(chosen));
                    yield new ContextMenu(stop);
                }
                case FEED -> FeedsMenu.forFeed(feeds, chosen.id());
                default -> null;
            };
        }

        void show(SourceItem item) {
            this.item = item;
            label.setText(item.label());
            count.setText(String.format("%,d", item.count()));
            boolean feedLine = item.kind() == SourceItem.Kind.FEED || item.kind() == SourceItem.Kind.FOLDER;
            getStyleClass().remove(FOLDER);
            if (item.kind() == SourceItem.Kind.FOLDER) {
                getStyleClass().add(FOLDER);
            }
            // A spacer, not padding: the stylesheet owns the row's padding.
            indent.setPrefWidth(INDENT * item.depth());
            indent.setMinWidth(INDENT * item.depth());
            indent.setVisible(item.depth() > 0);
            indent.setManaged(item.depth() > 0);
            pseudoClassStateChanged(UNREAD, feedLine && item.count() > 0);
            mark.setVisible(item.error() != null);
            mark.setManaged(item.error() != null);
            String what = switch (item.kind()) {
                case ALL -> "articles";
                case UNREAD, WATCHED, FEED, FOLDER -> "unread";
                case STARRED -> "starred";
            };
            setAccessibleText(item.label() + ", " + item.count() + " " + what + (item.error() == null ? "" : ", " + item.error()));
            tip.setText(switch (item.kind()) {
                case WATCHED -> "The unread articles that mention " + item.label();
                case FEED, FOLDER -> item.label() + ": " + String.format("%,d unread of %,d items", item.count(), item.items())
                        + (item.error() == null ? "" : "\n" + item.error());
                default -> item.label();
            });
        }
    }
}
