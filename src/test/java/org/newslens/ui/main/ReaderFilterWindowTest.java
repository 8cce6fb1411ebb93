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
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ActorStore;
import org.newslens.store.Database;
import org.newslens.ui.FxWait;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.sidebar.SidebarItem;
import org.newslens.ui.sidebar.SidebarSection;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The real window, headless, on a small hand-made library (no NLP engine): the sidebar follows the
 * selection, a person filters the list and its chip removes it, search, shortcuts and a merge.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderFilterWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private AppSession session;
    private Path lib;

    @Start
    void start(Stage stage) {
        lib = dir.resolve("lib-" + System.nanoTime());
        LibraryFixture.create(lib).close();
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void sidebarFollowsTheArticleAPersonFiltersTheListAndTheChipRemovesIt(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(3));
        FX.until(() -> texts(robot, "." + Css.SIDEBAR_ITEM_NAME).containsAll(List.of(LibraryFixture.ANN, LibraryFixture.BO, "Rome",
                org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 2, 4)), LibraryFixture.BO + "")));
        assertTrue(texts(robot, "." + Css.SIDEBAR_ITEM_DETAIL).contains("\u201cWe agreed on tariffs\u201d"), "the quote");
        // The reader marks the mentions.
        assertTrue(FX.fx(() -> robot.lookup("." + Css.MENTION_PERSON).queryAll().size()) >= 3);

        // Double-click on Bo Chan in the sidebar: the list shows only his articles.
        Node bo = FX.fx(() -> robot.lookup("#sidebar-people ." + Css.SIDEBAR_ITEM_NAME).queryAll().stream()
                .filter(n -> LibraryFixture.BO.equals(((Label) n).getText())).findFirst().orElseThrow());
        robot.doubleClickOn(bo, MouseButton.PRIMARY);
        FX.until(() -> count(robot).equals("3 articles"));
        FX.until(() -> texts(robot, "#filterChips .label").contains(LibraryFixture.BO));
        assertTrue(texts(robot, "#appearsWith .button").stream().anyMatch(t -> t.startsWith(LibraryFixture.ANN + "  2")));

        // Remove the chip: unfiltered again.
        Button close = FX.fx(() -> robot.lookup("." + Css.FILTER_CHIP_CLOSE).queryAll().stream()
                .filter(n -> n.getParent().getStyleClass().contains(Css.FILTER_CHIP)).map(n -> (Button) n).findFirst().orElseThrow());
        robot.clickOn(close);
        FX.until(() -> count(robot).equals("5 articles"));
        assertTrue(texts(robot, "#filterChips .label").isEmpty());
    }

    @Test
    void searchShortcutsAndMerge(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(list);
        // j moves to the next article; typed into the search field ("/" focuses it) it is only text.
        robot.type(KeyCode.J);
        FX.until(() -> FX.fx(() -> list.getSelectionModel().getSelectedIndex()) == 1);
        robot.type(KeyCode.SLASH);
        robot.write("tariffs j");
        FX.until(() -> count(robot).equals("0 articles"));
        robot.type(KeyCode.BACK_SPACE, 2);
        FX.until(() -> count(robot).equals("2 articles"));
        // The open article is not among the matches, so the first match opened; a "j" would have moved to the second.
        assertEquals(0, (int) FX.fx(() -> list.getSelectionModel().getSelectedIndex()), "j in the field did not move");
        assertTrue(FX.fx(() -> robot.lookup("." + Css.SNIPPET_MATCH).queryAll().stream().anyMatch(Node::isVisible)), "snippets marked");
        robot.type(KeyCode.ESCAPE);
        FX.until(() -> count(robot).equals("5 articles"));

        // Merge "A. Lee" into Ann Lee from the sidebar of the note: the sidebar, the counts and the filter follow.
        ArticleSummary note = FX.fx(() -> session.viewModel().articles().articles().stream()
                .filter(a -> a.title().equals("A note on A. Lee")).findFirst().orElseThrow());
        robot.interact(() -> session.viewModel().articles().onSelectArticle(note));
        FX.until(() -> texts(robot, "#sidebar-people ." + Css.SIDEBAR_ITEM_NAME).equals(List.of("A. Lee")));
        ActorRef ann;
        try (Database db = Database.open(lib)) {
            ann = new ActorStore(db).lookup(LibraryFixture.ANN).get(0);
        }
        SidebarItem aLee = FX.fx(() -> session.viewModel().sidebar().items(SidebarSection.PEOPLE).get(0));
        robot.interact(() -> session.viewModel().sidebar().onMerge(aLee, ann));
        FX.until(() -> texts(robot, "#sidebar-people ." + Css.SIDEBAR_ITEM_NAME).equals(List.of(LibraryFixture.ANN)));
        robot.interact(() -> session.viewModel().filter().onAddPerson(ann));
        FX.until(() -> count(robot).equals("4 articles"));
    }

    private static String count(FxRobot robot) throws Exception {
        return FX.fx(() -> robot.lookup("#filterCount").queryAs(Label.class).getText());
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return FX.texts(robot, query, n -> n instanceof Label l ? l.getText() : n instanceof Button b ? b.getText() : n.getAccessibleText());
    }
}
