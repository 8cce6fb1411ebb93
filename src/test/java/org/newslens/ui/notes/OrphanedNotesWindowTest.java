package org.newslens.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
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
import org.newslens.notes.OrphanedNotes;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.main.AppSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, on the small hand-made library: an article removed with Delete ▸ "Remove,
 * keep notes" has its note and highlight under the notes window's Orphaned scope, with its former
 * title, and Delete there removes them for good.
 */
@ExtendWith(ApplicationExtension.class)
class OrphanedNotesWindowTest {
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dir;
    private AppSession session;
    private Path lib;
    private ArticleSummary annotated;

    @Start
    void start(Stage stage) {
        lib = dir.resolve("lib-" + System.nanoTime());
        try (Database db = LibraryFixture.create(lib)) {
            annotated = new ArticleStore(db).listAll().get(1);
            new NoteStore(db).save(annotated.id(), "Call the council back");
            new HighlightStore(db).addFirstOccurrence(annotated.id(), "tariff", "the key word", List.of("trade"));
        }
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void aRemovedArticlesNotesAreUnderOrphanedAndCanBeDeleted(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#filterCount").queryAs(Label.class).getText().equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(1));
        assertEquals(annotated.id(), (long) fx(() -> session.viewModel().articles().articles().get(1).id()));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#removeDialog").tryQuery().isPresent());
        robot.clickOn("Remove, keep notes");
        waitUntil(() -> robot.lookup("#filterCount").queryAs(Label.class).getText().equals("4 articles"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#notesScopeOrphaned").tryQuery().isPresent());
        Stage browser = fx(() -> (Stage) robot.lookup("#notesScopeOrphaned").query().getScene().getWindow());
        try {
            robot.clickOn("#notesScopeOrphaned");
            waitUntil(() -> robot.lookup("#orphansList").tryQuery().filter(Node::isVisible).isPresent());
            ListView<?> orphans = robot.lookup("#orphansList").queryAs(ListView.class);
            waitUntil(() -> orphans.getItems().size() == 1);
            // What the cell shows: the former title, the note, the highlight with its comment and tags, the dates.
            waitUntil(() -> shown(robot).contains(annotated.title()));
            List<String> texts = shown(robot);
            assertTrue(texts.contains("Call the council back"), texts.toString());
            assertTrue(texts.contains("\u201ctariff\u201d"), texts.toString());
            assertTrue(texts.contains("the key word  #trade"), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Published " + org.newslens.dates.ReadableDates.day(annotated.published())
                    + " · removed ")), texts.toString());
            assertTrue(fx(() -> robot.lookup("#exportOrphans").query().isVisible()));

            robot.interact(() -> orphans.getSelectionModel().select(0));
            robot.clickOn("#deleteOrphan");
            waitUntil(() -> robot.lookup("#deleteOrphanDialog").tryQuery().isPresent());
            robot.clickOn("Delete");
            waitUntil(orphans.getItems()::isEmpty);
            try (Database db = Database.open(lib)) {
                assertTrue(new OrphanedNotes(db).list().isEmpty());
            }
        } finally {
            robot.interact(browser::hide);
        }
    }

    /** The texts of the orphans list's labels. */
    private static List<String> shown(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#orphansList").lookup((Node n) -> n instanceof Label l && l.isVisible() && l.getText() != null)
                .queryAll().stream().map(n -> ((Label) n).getText()).toList());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
