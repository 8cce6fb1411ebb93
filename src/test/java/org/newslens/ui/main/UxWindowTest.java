package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.ui.FxWait;
import org.newslens.ui.LibraryFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The real window, headless, on the small hand-made library: removing an article and undoing it. */
@ExtendWith(ApplicationExtension.class)
class UxWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private AppSession session;
    private Path lib;
    private long annotated;
    private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        lib = dir.resolve("lib-" + System.nanoTime());
        try (Database db = LibraryFixture.create(lib)) {
            annotated = new ArticleStore(db).listAll().get(1).id();
            db.write(c -> {
                try (var ps = c.prepareStatement("UPDATE article SET source = 'https://example.org/news/tariff-deal' WHERE id = ?")) {
                    ps.setLong(1, annotated);
                    ps.executeUpdate();
                }
                return null;
            });
            new NoteStore(db).save(annotated, "a note");
            new HighlightStore(db).addFirstOccurrence(annotated, "tariff", "", List.of());
        }
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage, opened::add);
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void deleteAsksWhatGoesRemovesAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        ArticleSummary chosen = FX.fx(() -> session.viewModel().articles().articles().get(1));
        assertEquals(annotated, chosen.id());
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.type(KeyCode.DELETE);
        FX.until(() -> robot.lookup("#removeDialog").tryQuery().isPresent());
        String content = FX.fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#removeDialog").query()).getContentText());
        assertTrue(content.contains("It has a note and 1 highlight"), content);
        robot.clickOn("Remove, keep notes");
        FX.until(() -> count(robot).equals("4 articles"));
        FX.until(() -> visibleText(robot, "#removalMessage").startsWith("Removed “" + chosen.title() + "”; its notes are kept"));
        // The next article is selected in its place.
        assertEquals(1, (int) FX.fx(() -> list.getSelectionModel().getSelectedIndex()));

        robot.clickOn(list);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FX.until(() -> count(robot).equals("5 articles"));
        FX.until(() -> FX.fx(() -> session.viewModel().articles().selectedArticleProperty().get().id()) == annotated);
        assertTrue(FX.fx(() -> !robot.lookup("#removalBanner").query().isVisible()), "the notification is gone");
        try (Database db = Database.open(lib)) {
            assertEquals("a note", new NoteStore(db).find(annotated).orElseThrow().body());
            assertEquals(1, new HighlightStore(db).forArticle(annotated).size());
        }
    }

    @Test
    void theContextMenuRemovesWithoutNotesAndTheUndoButtonRestores(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        String title = FX.fx(() -> session.viewModel().articles().articles().get(0).title());
        // Monocle sends no context-menu request for a right click: use the list's menu item itself.
        robot.interact(() -> list.getContextMenu().getItems().stream().filter(i -> "removeArticleItem".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        FX.until(() -> robot.lookup("#removeDialog").tryQuery().isPresent());
        robot.clickOn("Remove");
        FX.until(() -> count(robot).equals("4 articles"));
        FX.until(() -> visibleText(robot, "#removalMessage").equals("Removed “" + title + "”."));
        robot.clickOn("#undoRemoval");
        FX.until(() -> count(robot).equals("5 articles"));
        assertEquals(title, FX.fx(() -> session.viewModel().articles().selectedArticleProperty().get().title()));
    }

    @Test
    void anImportByAnotherProcessShowsUpKeepingTheSelection(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(2));
        ArticleSummary chosen = FX.fx(() -> session.viewModel().state().getSelectedArticle());
        // The command line's own connection, as a second process would have.
        try (Database other = Database.open(lib)) {
            other.write(c -> ArticleStore.insert(c, new org.newslens.model.NewArticle("Late news", "Wire",
                    java.time.LocalDate.of(2026, 1, 1), "Ann Lee spoke again."), "late-news", false, null, java.time.Instant.now()));
        }
        FX.until(() -> count(robot).equals("6 articles"));
        FX.until(() -> texts(robot, "#articleCount").equals(List.of("6")));
        assertEquals(chosen.id(), (long) FX.fx(() -> session.viewModel().state().getSelectedArticle().id()), "selection kept");
        assertEquals(chosen.id(), (long) FX.fx(() -> ((ArticleSummary) list.getSelectionModel().getSelectedItem()).id()));
    }

    @Test
    void eachArticleStartsAtTheTopOfItsSidebarWhichSaysNoneFoundWhenEmpty(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        FX.until(() -> texts(robot, "#sidebar-people ." + org.newslens.ui.theme.Css.SIDEBAR_ITEM_NAME).equals(List.of("A. Lee")));
        // "A note on A. Lee" has no quote: once analysed, the section says so.
        FX.until(() -> texts(robot, "#sidebar-quotes ." + org.newslens.ui.theme.Css.SIDEBAR_PLACEHOLDER).equals(List.of("None found")));
        javafx.scene.control.ScrollPane sidebarScroll = FX.fx(() -> (javafx.scene.control.ScrollPane) robot.lookup("." + org.newslens.ui.theme.Css.SIDEBAR)
                .queryAs(javafx.scene.layout.BorderPane.class).getCenter());
        robot.interact(() -> sidebarScroll.setVvalue(1));
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.type(KeyCode.J);
        FX.until(() -> FX.fx(() -> list.getSelectionModel().getSelectedIndex()) == 1);
        assertEquals(0.0, FX.fx(sidebarScroll::getVvalue), 1e-9, "the next article's sidebar starts at the top");
    }

    @Test
    void theLastArticleAndItsScrollPositionComeBackOnRestart(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(3));
        long chosen = FX.fx(() -> session.viewModel().state().getSelectedArticle().id());
        FX.until(() -> session.viewModel().reader().statusProperty().get() == org.newslens.ui.reader.ReaderViewModel.Status.SHOWN
                && session.viewModel().reader().articleId() == chosen);
        javafx.scene.control.ScrollPane readerScroll = FX.fx(() -> robot.lookup(".scroll-pane." + org.newslens.ui.theme.Css.READER)
                .queryAs(javafx.scene.control.ScrollPane.class));
        robot.interact(() -> readerScroll.setVvalue(0.6));
        robot.interact(() -> {
            session.close();
            ((Stage) list.getScene().getWindow()).close();
        });

        Stage second = FX.fx(Stage::new);
        robot.interact(() -> {
            session = AppSession.open(lib, Platform::runLater);
            session.show(second);
        });
        FX.until(() -> session.viewModel().state().getSelectedArticle() != null
                && session.viewModel().state().getSelectedArticle().id() == chosen);
        javafx.scene.control.ScrollPane again = FX.fx(() -> (javafx.scene.control.ScrollPane) second.getScene().getRoot()
                .lookup(".scroll-pane." + org.newslens.ui.theme.Css.READER));
        FX.until(() -> Math.abs(again.getVvalue() - 0.6) < 1e-6);
    }

    @Test
    void typedFilterDatesAcceptIsoAndMarkWhatIsNoDate(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        javafx.scene.control.DatePicker from = robot.lookup("#fromDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(from.getEditor());
        robot.write("2025-03-01");
        robot.type(KeyCode.ENTER);
        FX.until(() -> count(robot).equals("3 articles"));
        assertEquals(java.time.LocalDate.of(2025, 3, 1), FX.fx(from::getValue));
        assertEquals(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 3, 1)), FX.fx(() -> from.getEditor().getText()),
                "shown in the one date style");

        robot.interact(() -> from.getEditor().setText(""));
        robot.clickOn(from.getEditor());
        robot.write("31.13.2025");
        assertTrue(FX.fx(() -> from.getStyleClass().contains(org.newslens.ui.theme.DateFields.INVALID)), "marked invalid while typed");
        robot.type(KeyCode.ENTER); // no exception; an invalid date is no bound
        FX.until(() -> count(robot).equals("5 articles"));
    }

    @Test
    void clickingAnAppearsWithEntryLeavesTheFocusSoJAndKStillWork(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        org.newslens.model.ActorRef bo;
        try (Database db = Database.open(lib)) {
            bo = new org.newslens.store.ActorStore(db).lookup(LibraryFixture.BO).get(0);
        }
        robot.interact(() -> session.viewModel().filter().onAddPerson(bo));
        FX.until(() -> count(robot).equals("3 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        FX.until(() -> robot.lookup("#appearsWith .button").tryQuery().isPresent());
        Button ann = FX.fx(() -> robot.lookup("#appearsWith .button").queryAll().stream().map(n -> (Button) n)
                .filter(b -> b.getText().startsWith(LibraryFixture.ANN)).findFirst().orElseThrow());
        robot.clickOn(ann);
        FX.until(() -> count(robot).equals("2 articles"));
        assertTrue(FX.fx(() -> !(list.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)),
                "the focus did not go to the search field");
        int before = FX.fx(() -> list.getSelectionModel().getSelectedIndex());
        robot.type(KeyCode.J);
        FX.until(() -> FX.fx(() -> list.getSelectionModel().getSelectedIndex()) == before + 1);
    }

    @Test
    void theHelpListsEveryShortcutFromWhatBindsThem(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        robot.clickOn("#articleList");
        robot.write("?");
        FX.until(() -> robot.lookup("#shortcutHelp").tryQuery().isPresent());
        List<String> keys = FX.fx(() -> robot.lookup("#shortcutHelp ." + org.newslens.ui.theme.Css.SHORTCUT_KEY).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList());
        for (String k : List.of("j  or  ↓", "Delete", "Ctrl  Z", "Ctrl+H", "Ctrl+E", "Ctrl+Shift+N", "Ctrl+Shift+L", "Ctrl+Shift+O",
                "Ctrl+Shift+E", "Ctrl+O", "Ctrl+Q")) {
            assertTrue(keys.contains(k), k + " in " + keys);
        }
        assertEquals(keys.size(), keys.stream().map(k -> k.replaceAll("\\s+", "").toLowerCase()).distinct().count(), "each key once: " + keys);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theSourceLineOpensTheArticlesAddress(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        FX.until(() -> texts(robot, "." + org.newslens.ui.theme.Css.READER_SOURCE).equals(List.of("example.org")));
        robot.clickOn("." + org.newslens.ui.theme.Css.READER_SOURCE);
        FX.until(() -> opened.equals(List.of("https://example.org/news/tariff-deal")));
        // "Test Wire" is no address: nothing opens.
        robot.interact(() -> list.getSelectionModel().select(0));
        FX.until(() -> texts(robot, "." + org.newslens.ui.theme.Css.READER_SOURCE).equals(List.of("Test Wire")));
        robot.clickOn("." + org.newslens.ui.theme.Css.READER_SOURCE);
        assertEquals(1, opened.size());
    }

    @Test
    void aNarrowWindowPutsTheReaderFirstAndAWideOneBringsTheSourcesPaneBack(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        javafx.stage.Window window = FX.fx(() -> robot.lookup("#mainSplit").query().getScene().getWindow());
        javafx.scene.Node sources = robot.lookup("#sourcesPane").query();
        FX.fx(() -> { window.setWidth(1200); return null; });
        FX.until(sources::isVisible);
        FX.fx(() -> { window.setWidth(800); return null; });
        FX.until(() -> !sources.isVisible());
        javafx.scene.Node split = robot.lookup("#mainSplit").query();
        javafx.scene.Node reader = robot.lookup("#centreTabs").query();
        // Nothing is cut off at the right edge once the window has laid itself out again.
        FX.until(() -> split.localToScene(split.getLayoutBounds()).getMaxX() <= 800.5);
        double readerWidth = FX.fx(() -> reader.getLayoutBounds().getWidth());
        assertTrue(readerWidth >= 340, "the reader keeps its minimum width at 800 px: " + readerWidth);
        assertTrue(session.preferences().get().sourcesPaneShown(), "stepping aside does not change what is remembered");
        FX.fx(() -> { window.setWidth(1200); return null; });
        FX.until(sources::isVisible);
    }

    @Test
    void bracketsHideAndShowTheSidePanesAndTheNotePaneStartsClosed(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        javafx.scene.control.SplitPane split = robot.lookup("#mainSplit").queryAs(javafx.scene.control.SplitPane.class);
        assertEquals(3, (int) FX.fx(() -> split.getItems().size()));
        assertTrue(FX.fx(() -> robot.lookup("#noteEditor").tryQuery().map(n -> !n.isVisible() || n.getScene() == null).orElse(true)),
                "the note pane is closed by default");
        robot.clickOn("#articleList");
        robot.write("]");
        FX.until(() -> split.getItems().size() == 2 && robot.lookup("." + org.newslens.ui.theme.Css.SIDEBAR).tryQuery().isEmpty());
        robot.write("[");
        FX.until(() -> split.getItems().size() == 1);
        assertTrue(FX.fx(() -> !robot.lookup("#sourcesPane").query().isVisible()), "[ hides the sources pane with the list");
        robot.write("[");
        robot.write("]");
        FX.until(() -> split.getItems().size() == 3);
        assertTrue(FX.fx(() -> split.getItems().get(0).lookup("#articleList") != null), "the list is back on the left");
        assertTrue(FX.fx(() -> robot.lookup("#sourcesPane").query().isVisible()), "and the sources pane with it");
    }

    @Test
    void theSearchWordsAreMarkedInTheOpenedArticle(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        robot.clickOn("#searchField").write("tariffs");
        FX.until(() -> count(robot).equals("2 articles"));
        FX.until(() -> robot.lookup("." + org.newslens.ui.theme.Css.SEARCH_MATCH).queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList().equals(List.of("tariffs")));
        robot.type(KeyCode.ESCAPE);
        FX.until(() -> count(robot).equals("5 articles"));
        FX.until(() -> robot.lookup("." + org.newslens.ui.theme.Css.SEARCH_MATCH).queryAll().isEmpty());
    }

    static List<String> texts(FxRobot robot, String query) throws Exception {
        return FX.fx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .map(n -> n instanceof Label l ? l.getText() : "").toList());
    }

    static String count(FxRobot robot) throws Exception {
        return FX.fx(() -> robot.lookup("#filterCount").queryAs(Label.class).getText());
    }

    static String visibleText(FxRobot robot, String query) throws Exception {
        return FX.fx(() -> robot.lookup(query).tryQuery().filter(Node::isVisible)
                .map(n -> n instanceof Label l ? l.getText() : n instanceof Button b ? b.getText() : "").orElse(""));
    }
}
