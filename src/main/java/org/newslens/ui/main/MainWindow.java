package org.newslens.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.newslens.ui.actors.HiddenActorsDialog;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.newslens.ui.articles.ArticleFormat;
import org.newslens.ui.articles.ArticleListView;
import org.newslens.ui.articles.RemovalBanner;
import org.newslens.ui.articles.RemoveDialog;
import org.newslens.ui.feeds.FeedsMenu;
import org.newslens.ui.filter.FilterBarView;
import org.newslens.ui.importing.ImportStatusBar;
import org.newslens.ui.importing.ImportSummaryBanner;
import org.newslens.ui.importing.ReanalyseBar;
import org.newslens.ui.importing.WebLinks;
import org.newslens.ui.notes.NotesUi;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.prefs.UiPreferences;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.shortcuts.KeyboardShortcuts;
import org.newslens.ui.shortcuts.Shortcut;
import org.newslens.ui.shortcuts.ShortcutHelp;
import org.newslens.ui.sidebar.SidebarView;
import org.newslens.ui.sources.ReadingMenu;
import org.newslens.ui.sources.SourcesView;
import org.newslens.ui.timeline.TimelineView;
import org.newslens.ui.theme.Css;
import org.newslens.ui.theme.Themes;

/**
 * The main window: menu and filter bar on top, then the sources pane (collapsible) and list | reader
 * (or timeline) | sidebar in a split pane, a status bar below. Composes the panes and the keyboard shortcuts; restores and remembers
 * size, position, dividers, theme and text size.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel vm;
    private final PreferencesModel prefs;
    private final SplitPane split = new SplitPane();
    private final ArticleListView list;
    private final FilterBarView filterBar;
    private final ReaderView reader;
    private final org.newslens.ui.reader.ImagesViewModel<javafx.scene.image.Image> images;
    private SidebarView sidebar;
    /** The sources pane above the article list, hidden and shown together. */
    private javafx.scene.Node leftColumn;
    private SourcesView sources;
    /** True while [ hides or shows the sources pane with the list (not a change to remember). */
    private boolean togglingList;
    /** Below this width (px) the sources pane steps aside for the reader: 210 + the split's minimum widths. */
    static final double NARROW = 900;
    /** Whether the sources pane is hidden because the window is narrow (not by the user). */
    private boolean sourcesSteppedAside;
    private final TabPane centre = new TabPane();
    private BorderPane root;

    public MainWindow(Stage stage, MainViewModel vm, PreferencesModel prefs) {
        this(stage, vm, prefs, url -> { });
    }

    /** {@code browser} opens a web address in the system browser (the article's source line). */
    public MainWindow(Stage stage, MainViewModel vm, PreferencesModel prefs, java.util.function.Consumer<String> browser) {
        this.stage = stage;
        this.vm = vm;
        this.prefs = prefs;
        Themes.apply(prefs.get().darkTheme());
        prefs.currentProperty().addListener((obs, old, now) -> {
            if (old.darkTheme() != now.darkTheme()) {
                Themes.apply(now.darkTheme());
                markDark(now.darkTheme());
            }
        });

        list = new ArticleListView(vm.articles());
        reader = new ReaderView(vm.reader(), prefs.currentProperty().map(UiPreferences::readerFontSize));
        reader.offerDateChange(vm.publishedDate());
        reader.offerOpenSource(browser);
        this.images = vm.newImages(new org.newslens.ui.reader.FxImageDecoder());
        reader.offerImages(images);
        list.onSpace(reader::page);
        SidebarView sidebar = new SidebarView(vm.sidebar());
        NotesUi notes = new NotesUi(vm.notes(), stage);
        Tab article = new Tab("Article", notes.aroundReader(reader));
        Tab timeline = new Tab("Timeline", new TimelineView(vm.timeline(), () -> {
            centre.getSelectionModel().select(0);
            reader.focusText();
        }));
        article.setClosable(false);
        timeline.setClosable(false);
        centre.getTabs().addAll(article, timeline);
        centre.setId("centreTabs");
        centre.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.timeline().onActive(now == timeline));
        // The list column; [ hides and shows the whole left side (the sources pane with it).
        this.leftColumn = list;
        split.getItems().addAll(list, centre, sidebar);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(sidebar, false);
        // The reader has priority: the side panes give way first, and each can be hidden ([ and ]).
        list.setMinWidth(160);
        sidebar.setMinWidth(150);
        centre.setMinWidth(340);
        this.sidebar = sidebar;

        ImportSummaryBanner banner = new ImportSummaryBanner(vm.importing());
        list.offerRemove(this::removeSelected);
        filterBar = new FilterBarView(vm.filter(), vm.articles().totalProperty().map(ArticleFormat::count));
        // The sources pane sits left of the split (whose dividers stay as remembered); it can be hidden.
        BorderPane panes = new BorderPane(split);
        sources = new SourcesView(vm.sources(), vm.reading(), stage, () -> panes.getLeft().setVisible(false));
        sources.managedProperty().bind(sources.visibleProperty());
        // Shown or hidden by ‹, Reading ▸ Sources pane or Ctrl+Shift+B: remembered across restarts. [ hides it
        // with the list for a moment and brings it back as it was, so [ does not change what is remembered.
        sources.setVisible(prefs.get().sourcesPaneShown());
        sources.visibleProperty().addListener((obs, old, now) -> {
            if (!togglingList) {
                prefs.update(q -> q.withSourcesPaneShown(now));
            }
        });
        sources.setPrefWidth(210);
        sources.setMinWidth(170);
        panes.setLeft(sources);
        // In a narrow window the reader comes first: the sources pane steps aside (what is remembered
        // stays) and comes back when the window is wide again.
        panes.widthProperty().addListener((obs, was, now) -> fitSourcesPane(was.doubleValue(), now.doubleValue()));
        VBox content = new VBox(banner, new RemovalBanner(vm.removal()), filterBar, panes);
        VBox.setVgrow(panes, Priority.ALWAYS);
        StackPane hint = DropTarget.hint();
        StackPane layers = new StackPane(content, hint);

        BorderPane root = new BorderPane(layers);
        root.getStyleClass().add(Css.ROOT);
        this.root = root;
        markDark(prefs.get().darkTheme());
        MainMenu.Menus menus = MainMenu.build(stage, vm.importing(), prefs, stage::hide);
        NotesUi.Menus notesMenus = notes.menus();
        menus.addToFile(notesMenus.file());
        menus.addBeforeView(notesMenus.notes());
        menus.addToView(notesMenus.view());
        menus.addToFile(FeedsMenu.items(stage, vm.feeds()));
        MenuItem hidden = new MenuItem("Hidden people and organisations…");
        hidden.setOnAction(e -> HiddenActorsDialog.show(stage, vm.corrections()));
        menus.addToView(java.util.List.of(hidden));
        menus.addToView(org.newslens.ui.reader.ImagesMenu.items(images));
        menus.addBeforeView(ReadingMenu.build(vm.reading(), sources.visibleProperty()));
        // The accelerators show the keys; the scene's shortcut filter acts first (and not while typing).
        MenuItem remove = new MenuItem("Remove article…");
        remove.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DELETE));
        remove.setOnAction(e -> removeSelected());
        remove.disableProperty().bind(vm.articles().selectedArticleProperty().isNull());
        MenuItem undo = new MenuItem("Undo removal");
        undo.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> vm.removal().onUndo());
        undo.disableProperty().bind(vm.removal().lastRemovedProperty().isNull());
        menus.addToFile(java.util.List.of(remove, undo));
        root.setTop(menus.bar());
        ImportStatusBar status = new ImportStatusBar(vm.importing(), vm.articles().totalProperty().map(ArticleFormat::count));
        root.setBottom(vm.reanalyse() == null ? status : new VBox(new ReanalyseBar(vm.reanalyse()), status));
        DropTarget.install(root, hint, vm.importing());

        UiPreferences p = prefs.get();
        Scene scene = new Scene(root, p.windowWidth(), p.windowHeight());
        Themes.addStylesheet(scene);
        MainMenu.addKeypadAccelerators(scene, prefs);
        installShortcuts(scene, reader);
        notes.install(scene);
        stage.setScene(scene);
        stage.setTitle("NewsLens");
        stage.getIcons().setAll(Themes.icons());
        stage.setMinWidth(UiPreferences.MIN_WIDTH);
        stage.setMinHeight(UiPreferences.MIN_HEIGHT);
        placeWindow(p);
        split.setDividerPositions(p.leftDivider(), p.rightDivider());
        rememberGeometry();
    }

    /** Shows the window and opens the library (samples on first run, then the list). */
    public void show() {
        stage.show();
        // Dividers laid out before the first show can drift; set them again once the size is known.
        UiPreferences p = prefs.get();
        split.setDividerPositions(p.leftDivider(), p.rightDivider());
        list.focusList();
        rememberArticle(p);
        vm.start(p.lastArticle() > 0 ? p.lastArticle() : null);
        vm.watcher().start();
    }

    /**
     * Remembers the open article and how far down it is read; on start, once the remembered article is
     * shown again, scrolls it back there.
     */
    private void rememberArticle(UiPreferences start) {
        vm.state().selectedArticleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                prefs.update(q -> q.withLastArticle(now.id()));
            }
        });
        reader.scrollPositionProperty().addListener((obs, old, now) -> {
            if (vm.reader().statusProperty().get() == ReaderViewModel.Status.SHOWN && vm.reader().articleId() == prefs.get().lastArticle()) {
                prefs.update(q -> q.withReaderScroll(now.doubleValue()));
            }
        });
        if (start.lastArticle() <= 0 || start.readerScroll() <= 0) {
            return;
        }
        javafx.beans.value.ChangeListener<ReaderViewModel.Status> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ReaderViewModel.Status> obs,
                                ReaderViewModel.Status old, ReaderViewModel.Status now) {
                if (now != ReaderViewModel.Status.SHOWN) {
                    return;
                }
                obs.removeListener(this);
                if (vm.reader().articleId() == start.lastArticle()) {
                    javafx.application.Platform.runLater(() -> {
                        reader.applyCss();
                        reader.layout();
                        reader.scrollPositionProperty().set(start.readerScroll());
                    });
                }
            }
        };
        vm.reader().statusProperty().addListener(once);
    }

    /** Hides a side pane, or shows it again where it was. */
    private void toggle(javafx.scene.Node pane) {
        if (split.getItems().contains(pane)) {
            javafx.scene.Node focus = stage.getScene().getFocusOwner();
            for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
                if (n == pane) {
                    reader.focusText(); // not the search field, where single keys would become text
                    break;
                }
            }
            split.getItems().remove(pane);
            return;
        }
        if (pane == leftColumn) {
            split.getItems().add(0, pane);
        } else {
            split.getItems().add(pane);
        }
        UiPreferences p = prefs.get();
        if (split.getItems().size() == 3) {
            split.setDividerPositions(p.leftDivider(), p.rightDivider());
        } else {
            split.setDividerPositions(pane == leftColumn ? p.leftDivider() : p.rightDivider());
        }
    }

    /** Asks to remove the selected article (saying what goes with it), then removes it. */
    private void removeSelected() {
        vm.removal().preview(vm.articles().selectedArticleProperty().get(), p -> RemoveDialog.ask(stage, vm.removal(), p));
    }

    /** Our palette's dark values apply under {@link Css#DARK} on the root. */
    private void markDark(boolean dark) {
        if (root != null) {
            root.getStyleClass().remove(Css.DARK);
            if (dark) {
                root.getStyleClass().add(Css.DARK);
            }
        }
    }

    private void installShortcuts(Scene scene, ReaderView reader) {
        Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
        actions.put(Shortcut.NEXT, vm.articles()::onNext);
        actions.put(Shortcut.PREVIOUS, vm.articles()::onPrevious);
        actions.put(Shortcut.PAGE_DOWN, () -> {
            centre.getSelectionModel().select(0);
            reader.pageDown();
        });
        actions.put(Shortcut.SEARCH, filterBar::focusSearch);
        actions.put(Shortcut.PERSON, filterBar::choosePerson);
        actions.put(Shortcut.CLEAR, () -> {
            vm.filter().onClear();
            list.focusList();
        });
        actions.put(Shortcut.TIMELINE, () -> centre.getSelectionModel().select(1 - centre.getSelectionModel().getSelectedIndex()));
        actions.put(Shortcut.TOGGLE_READ, vm.reading()::onToggleRead);
        actions.put(Shortcut.TOGGLE_STAR, vm.reading()::onToggleStar);
        actions.put(Shortcut.HELP, () -> ShortcutHelp.show(stage, (MenuBar) root.getTop()));
        actions.put(Shortcut.REMOVE, this::removeSelected);
        actions.put(Shortcut.TOGGLE_LIST, () -> {
            toggle(leftColumn);
            togglingList = true;
            try {
                sources.setVisible(split.getItems().contains(leftColumn) && prefs.get().sourcesPaneShown() && !sourcesSteppedAside);
            } finally {
                togglingList = false;
            }
        });
        actions.put(Shortcut.TOGGLE_SIDEBAR, () -> toggle(sidebar));
        actions.put(Shortcut.UNDO, vm.removal()::onUndo);
        actions.put(Shortcut.PASTE_URL, () -> WebLinks.onClipboard(Clipboard.getSystemClipboard()).ifPresent(vm.importing()::onOpenUrl));
        KeyboardShortcuts.install(scene, actions);
    }

    private void placeWindow(UiPreferences p) {
        if (p.hasPosition() && onSomeScreen(p)) {
            stage.setX(p.windowX());
            stage.setY(p.windowY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(p.maximized());
    }

    private static boolean onSomeScreen(UiPreferences p) {
        // At least a grip of the title bar must be visible on a screen that exists now.
        Rectangle2D grip = new Rectangle2D(p.windowX() + 40, p.windowY(), 100, 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(grip));
    }

    /** Hides the sources pane when the window becomes narrow and brings it back when it is wide again. */
    private void fitSourcesPane(double was, double now) {
        boolean narrowNow = now < NARROW;
        boolean narrowBefore = was > 0 && was < NARROW; // the first layout (from 0) counts as a change from wide
        if (narrowNow == narrowBefore) {
            return;
        }
        togglingList = true;
        try {
            if (narrowNow && sources.isVisible()) {
                sources.setVisible(false);
                sourcesSteppedAside = true;
            } else if (!narrowNow && sourcesSteppedAside) {
                sourcesSteppedAside = false;
                sources.setVisible(split.getItems().contains(leftColumn) && prefs.get().sourcesPaneShown());
            }
        } finally {
            togglingList = false;
        }
    }

    private void rememberGeometry() {
        Runnable geometry = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                prefs.update(q -> q.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        stage.xProperty().addListener(o -> geometry.run());
        stage.yProperty().addListener(o -> geometry.run());
        stage.widthProperty().addListener(o -> geometry.run());
        stage.heightProperty().addListener(o -> geometry.run());
        stage.maximizedProperty().addListener((o, was, now) -> prefs.update(q -> q.withMaximized(now)));
        javafx.beans.InvalidationListener moved = o -> {
            double[] pos = split.getDividerPositions();
            if (stage.isShowing() && pos.length == 2) { // both side panes shown
                prefs.update(q -> q.withDividers(pos[0], pos[1]));
            }
        };
        split.getDividers().forEach(d -> d.positionProperty().addListener(moved));
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(d -> d.positionProperty().addListener(moved));
            }
        });
    }
}
