package org.newslens.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteStore;
import org.newslens.store.Database;
import org.newslens.ui.FxWait;
import org.newslens.ui.main.AppSession;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The real window, headless, on a new library with the sample: a note typed in the note pane and a
 * highlight made by dragging over the reader's text are in the library after it is closed and reopened.
 */
@ExtendWith(ApplicationExtension.class)
class NotesWindowTest {
    private static final long TIMEOUT_S = 30;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private AppSession session;

    @Start
    void start(Stage stage) {
        session = AppSession.open(dir.resolve("library"), Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aTypedNoteAndADraggedHighlightAreSaved(FxRobot robot) throws Exception {
        FX.until(() -> !flows(robot).isEmpty() && session.viewModel().notes().highlights().bodyTextProperty().get() != null
                && session.viewModel().notes().editor().editableProperty().get());

        // Drag along the first line of the first paragraph, then Ctrl+H, a comment, Highlight.
        TextFlow first = flows(robot).get(0);
        Point2D[] line = FX.fx(() -> {
            Bounds b = first.localToScreen(first.getLayoutBounds());
            double y = b.getMinY() + first.getLineSpacing() / 2 + 8;
            return new Point2D[] {new Point2D(b.getMinX() + 1, y), new Point2D(b.getMinX() + 160, y)};
        });
        robot.drag(line[0], MouseButton.PRIMARY).moveTo(line[1]).release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        FX.until(() -> robot.lookup("#highlightComment").tryQuery().isPresent());
        robot.clickOn("#highlightComment").write("Opening offer");
        robot.clickOn("#highlightTags").write("talks");
        Button ok = robot.lookup((Node n) -> n instanceof Button b && "Highlight".equals(b.getText())).queryButton();
        robot.clickOn(ok);
        FX.until(() -> session.viewModel().notes().highlights().highlights().size() == 1);
        FX.until(() -> robot.lookup("." + NotesCss.HIGHLIGHT).queryAll().size() == 1);

        // Type a note; it saves itself, and what is typed just before closing is kept too.
        robot.interact(() -> {
            if (!session.viewModel().notes().preferencesProperty().get().notePaneOpen()) {
                session.viewModel().notes().onTogglePane(); // closed by default
            }
        });
        // The pane appears on a later pulse; on a loaded machine clicking at once found no editor.
        FX.until(() -> robot.lookup("#noteEditor").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#noteEditor").write("Ask the ministry");
        FX.until(() -> session.viewModel().notes().editor().saveStateProperty().get() == NoteEditorViewModel.SaveState.SAVED);
        robot.write(" today");
        long articleId = FX.fx(() -> session.viewModel().state().getSelectedArticle().id());
        FX.fx(() -> {
            session.close();
            return null;
        });
        session = null;

        try (Database db = Database.open(dir.resolve("library"))) {
            assertEquals("Ask the ministry today", new NoteStore(db).find(articleId).orElseThrow().body());
            List<Highlight> hs = new HighlightStore(db).forArticle(articleId);
            assertEquals(1, hs.size());
            assertEquals("Opening offer", hs.get(0).comment());
            assertEquals(List.of("talks"), hs.get(0).tags());
            assertEquals(0, hs.get(0).start());
            assertTrue(hs.get(0).quote().startsWith("Vladimir Putin"), hs.get(0).quote());
        }
    }

    private static List<TextFlow> flows(FxRobot robot) throws Exception {
        // A reader paragraph is a TextFlow, or a pane holding one (with the mention highlights behind it).
        return FX.fx(() -> robot.lookup("." + Css.READER_PARAGRAPH).queryAll().stream()
                .flatMap(n -> n instanceof TextFlow t ? java.util.stream.Stream.of(t)
                        : n instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable().stream()
                                .filter(TextFlow.class::isInstance).map(TextFlow.class::cast) : java.util.stream.Stream.empty())
                .toList());
    }
}
