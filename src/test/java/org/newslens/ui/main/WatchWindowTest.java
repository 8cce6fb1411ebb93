package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.ui.FxWait;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The real window, headless: watch a person from the sidebar, see their unread count in the sources
 * pane, choose them, the open article is read after a moment and the count goes down; {@code s} stars.
 */
@ExtendWith(ApplicationExtension.class)
class WatchWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private AppSession session;

    @Start
    void start(Stage stage) {
        Path lib = dir.resolve("lib-" + System.nanoTime());
        LibraryFixture.create(lib).close();
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void watchAPersonReadTheirArticleAndStarIt(FxRobot robot) throws Exception {
        FX.until(() -> counts(robot, "#sources-library").equals(Map.of("All articles", "5", "Unread", "5", "Starred", "0")));
        ListView<ArticleSummary> list = robot.lookup("#articleList").queryAs(ListView.class);
        // Open "Lee and Chan meet in Rome" (Ann Lee, Bo Chan) and stay on it: after a moment it is read.
        robot.interact(() -> list.getSelectionModel().select(3));
        FX.until(() -> list.getItems().get(3).read());
        FX.until(() -> counts(robot, "#sources-library").get("Unread").equals("4"));

        // Right-click Bo Chan in the sidebar ▸ Watch: the Watched section lists him with his 2 unread articles.
        Node bo = FX.fx(() -> robot.lookup("#sidebar-people ." + Css.SIDEBAR_ITEM_NAME).queryAll().stream()
                .filter(n -> LibraryFixture.BO.equals(((Label) n).getText())).findFirst().orElseThrow());
        // (Monocle's robot does not turn a right click into a context-menu request, so the request is sent as the click would.)
        robot.interact(() -> {
            javafx.geometry.Point2D at = bo.localToScreen(5, 5);
            javafx.geometry.Point2D local = bo.screenToLocal(at);
            javafx.event.Event.fireEvent(bo, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    at.getX(), at.getY(), false, null));
        });
        robot.clickOn(FX.fx(() -> robot.lookup(".context-menu .label").queryAll().stream()
                .filter(n -> "Watch".equals(((Label) n).getText())).findFirst().orElseThrow()));
        FX.until(() -> counts(robot, "#sources-watched").equals(Map.of(LibraryFixture.BO, "2")));

        // Choose him: the list shows his unread articles; the first opens, is read after a moment, his count goes down.
        Node row = FX.fx(() -> robot.lookup("#sources-watched .source-item").query());
        robot.clickOn(row);
        FX.until(() -> list.getItems().size() == 2 && list.getItems().stream().allMatch(a -> a.title().contains("ariff")));
        assertEquals("2 articles", FX.fx(() -> robot.lookup("#filterCount").queryAs(Label.class).getText()));
        FX.until(() -> counts(robot, "#sources-watched").equals(Map.of(LibraryFixture.BO, "1")));
        assertTrue(FX.fx(() -> list.getItems().get(0).read()), "the open one is drawn as read");

        // s stars the open article: the star shows in the list and Starred counts it.
        robot.clickOn(list);
        robot.type(KeyCode.S);
        FX.until(() -> counts(robot, "#sources-library").get("Starred").equals("1"));
        FX.until(() -> robot.lookup(".article-cell-star").queryAll().stream().anyMatch(Node::isVisible));
        assertTrue(FX.fx(() -> list.getItems().get(0).starred()));
    }

    /** Label → count of the lines of a sources section. */
    private static Map<String, String> counts(FxRobot robot, String section) throws Exception {
        return FX.fx(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            robot.lookup(section + " .source-item").queryAll().forEach(n -> {
                String label = ((Label) n.lookup(".source-label")).getText();
                String count = ((Label) n.lookup(".source-count")).getText();
                out.put(label, count);
            });
            return out;
        });
    }
}
