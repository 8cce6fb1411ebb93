package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleSummary;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.ui.FxWait;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.notes.NotesCss;
import org.newslens.ui.state.TextTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * What users touch most, in the real window (headless) on the small hand-made library: j/k through the
 * list with the reader following, people chips combined with All or Any, a stored highlight drawn in the
 * reader and revealed from the list, and a note saved when the reader moves to another article.
 */
@ExtendWith(ApplicationExtension.class)
class EverydayWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);
    private static final String HIGHLIGHTED = "signed the tariff deal";

    @TempDir
    static Path dir;
    private AppSession session;
    private Path lib;
    private long dealId;

    @Start
    void start(Stage stage) {
        lib = dir.resolve("lib-" + System.nanoTime());
        try (Database db = LibraryFixture.create(lib)) {
            dealId = new ArticleStore(db).listAll().stream().filter(a -> a.title().equals("Tariff deal signed"))
                    .findFirst().orElseThrow().id();
            new HighlightStore(db).addFirstOccurrence(dealId, HIGHLIGHTED, "the deal", List.of("trade"));
        }
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void jAndKMoveThroughTheListAndTheReaderFollows(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(list);
        robot.type(KeyCode.K);
        assertEquals(0, (int) FX.fx(() -> list.getSelectionModel().getSelectedIndex()), "k on the first article stays there");
        robot.type(KeyCode.J, 2);
        FX.until(() -> FX.fx(() -> list.getSelectionModel().getSelectedIndex()) == 2);
        robot.type(KeyCode.K);
        FX.until(() -> FX.fx(() -> list.getSelectionModel().getSelectedIndex()) == 1);
        ArticleSummary selected = FX.fx(() -> (ArticleSummary) list.getSelectionModel().getSelectedItem());
        FX.until(() -> session.viewModel().reader().titleProperty().get().equals(selected.title()));
        assertEquals(selected, FX.fx(() -> session.viewModel().state().getSelectedArticle()), "one selection for list and reader");
    }

    @Test
    void twoPeopleChipsCombineWithAllOrAny(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        ActorRef ann;
        ActorRef bo;
        try (Database db = Database.open(lib)) {
            ann = new ActorStore(db).lookup(LibraryFixture.ANN).get(0);
            bo = new ActorStore(db).lookup(LibraryFixture.BO).get(0);
        }
        robot.interact(() -> session.viewModel().filter().onAddPerson(ann));
        robot.interact(() -> session.viewModel().filter().onAddPerson(bo));
        FX.until(() -> chips(robot).equals(List.of(LibraryFixture.ANN, LibraryFixture.BO)));
        FX.until(() -> count(robot).equals("2 articles")); // All: Rome and the tariff deal
        robot.clickOn("#modeAny");
        FX.until(() -> count(robot).equals("4 articles")); // Any: all but the note on "A. Lee"
        robot.clickOn("#modeAll");
        FX.until(() -> count(robot).equals("2 articles"));
    }

    /** The note pane starts closed (the reader keeps the height); these tests use it. */
    private void openNotePane(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (!session.viewModel().notes().preferencesProperty().get().notePaneOpen()) {
                session.viewModel().notes().onTogglePane();
            }
        });
        FX.until(() -> robot.lookup("#noteEditor").tryQuery().isPresent());
    }

    @Test
    void aStoredHighlightIsDrawnInTheReaderListedAndRevealed(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles"));
        openNotePane(robot);
        ArticleSummary deal = FX.fx(() -> session.viewModel().articles().articles().stream()
                .filter(a -> a.id() == dealId).findFirst().orElseThrow());
        robot.interact(() -> session.viewModel().articles().onSelectArticle(deal));
        FX.until(() -> robot.lookup("." + NotesCss.HIGHLIGHT).queryAll().size() == 1);
        ListView<?> highlights = robot.lookup("#highlightList").queryAs(ListView.class);
        FX.until(() -> highlights.getItems().size() == 1);
        Highlight h = FX.fx(() -> (Highlight) highlights.getItems().get(0));
        assertEquals(HIGHLIGHTED, h.quote());

        robot.interact(() -> highlights.getSelectionModel().select(0));
        robot.clickOn(highlights);
        robot.type(KeyCode.ENTER);
        FX.until(() -> {
            TextTarget t = session.viewModel().state().revealProperty().get();
            return t != null && t.articleId() == dealId && t.start() == h.start() && t.end() == h.end();
        });
    }

    @Test
    void aNoteIsSavedWhenTheReaderMovesToAnotherArticle(FxRobot robot) throws Exception {
        FX.until(() -> count(robot).equals("5 articles") && session.viewModel().notes().editor().editableProperty().get());
        openNotePane(robot);
        long first = FX.fx(() -> session.viewModel().state().getSelectedArticle().id());
        robot.clickOn("#noteEditor").write("Call the council");
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.clickOn(list);
        robot.type(KeyCode.J);
        FX.until(() -> FX.fx(() -> session.viewModel().state().getSelectedArticle().id()) != first);
        try (Database db = Database.open(lib)) {
            FX.until(() -> new NoteStore(db).find(first).map(n -> n.body().equals("Call the council")).orElse(false));
        }
        FX.until(() -> session.viewModel().notes().editor().textProperty().get().isEmpty());
    }

    private static String count(FxRobot robot) throws Exception {
        return FX.fx(() -> robot.lookup("#filterCount").queryAs(Label.class).getText());
    }

    private static List<String> chips(FxRobot robot) throws Exception {
        return FX.fx(() -> robot.lookup("#filterChips .label").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((Label) n).getText()).toList());
    }
}
