package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.extract.Span;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.model.ArticleSummary;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import org.newslens.ui.FxWait;
import org.newslens.ui.reader.MarkedText;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The real window, headless: a saved web page and a Markdown file imported with their structure.
 * The reader draws headings, list markers, an image placeholder and links (a click goes to the
 * link opener), and a person's mention is highlighted on the right words.
 */
@ExtendWith(ApplicationExtension.class)
class WebArticleWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);
    private static final String PERSON = "Ann Becker";

    @TempDir
    static java.nio.file.Path dir;
    private AppSession session;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    /** Marks every occurrence of one name as a person: enough to check where highlights land. */
    private static final Extractor NAMES = new Extractor() {
        @Override
        public Extraction extract(String body, LocalDate published) {
            List<Span> spans = new ArrayList<>();
            for (int at = body.indexOf(PERSON); at >= 0; at = body.indexOf(PERSON, at + 1)) {
                spans.add(new Span(at, at + PERSON.length(), PERSON));
            }
            List<ExtractedActor> actors = spans.isEmpty() ? List.of()
                    : List.of(new ExtractedActor(PERSON, ActorType.PERSON, List.of(), List.of("Mayor"), spans));
            return new Extraction(published, false, actors, List.of(), List.of());
        }

        @Override
        public String version() {
            return "test";
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path lib = dir.resolve("lib-" + System.nanoTime());
        java.nio.file.Path in = Files.createDirectories(dir.resolve("in-" + System.nanoTime()));
        copy("web/bridge.html", in.resolve("bridge.html"));
        copy("md/budget.md", in.resolve("budget.md"));
        try (Database db = Database.open(lib)) {
            ImportReport r = new ImportService(db, NAMES, 1, Clock.systemUTC()).importPaths(List.of(in), TaskContext.none());
            assertEquals(2, r.imported(), r.toString());
        }
        session = AppSession.open(lib, Platform::runLater);
        session.viewModel().reader().setLinkOpener(opened::add);
        session.show(stage);
    }

    private static void copy(String resource, java.nio.file.Path to) throws Exception {
        try (InputStream s = WebArticleWindowTest.class.getResourceAsStream("/org/newslens/library/" + resource)) {
            Files.write(to, s.readAllBytes());
        }
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void aSavedPageIsDrawnWithItsStructureAndItsMentionsInPlace(FxRobot robot) throws Exception {
        open(robot, "Council approves the new bridge");
        FX.until(() -> runs(robot, "." + Css.READER_HEADING + " ." + Css.READER_RUN).contains("What happens next"));

        Text heading = FX.fx(() -> texts(robot, "." + Css.READER_HEADING + " ." + Css.READER_RUN).stream()
                .filter(t -> t.getText().equals("What happens next")).findFirst().orElseThrow());
        Text plain = FX.fx(() -> texts(robot, "." + Css.READER_PARAGRAPH + " ." + Css.READER_RUN).stream()
                .filter(t -> t.getText().startsWith("Construction starts")).findFirst().orElseThrow());
        assertTrue(FX.fx(() -> heading.getFont().getSize() > plain.getFont().getSize() * 1.1), "a heading is larger");
        assertTrue(FX.fx(() -> heading.getFont().getStyle().toLowerCase().contains("bold")), "a heading is bold: " + heading.getFont());
        assertTrue(FX.fx(() -> runs(robot, "." + Css.READER_MARKER).contains("•")), "list items have bullets");

        // The mention is its own run, highlighted, at its offset in the stored body, with the tint behind it.
        List<Text> mentions = FX.fx(() -> texts(robot, "." + Css.MENTION_PERSON));
        assertEquals(1, mentions.size(), "the one mention drawn");
        for (Text t : mentions) {
            assertEquals(PERSON, FX.fx(t::getText));
            assertEquals(PERSON.length(), ((MarkedText.Run) t.getUserData()).bodyEnd() - ((MarkedText.Run) t.getUserData()).bodyStart());
        }
        Text first = mentions.get(0);
        assertEquals("The city council voted on Thursday to build a new bridge over the Elm River, Mayor ",
                FX.fx(() -> textBefore(first)), "the highlight sits on the name, not elsewhere in the sentence");
        List<Bounds> tints = FX.fx(() -> robot.lookup("." + Css.MENTION_BACKDROP + "." + Css.MENTION_PERSON).queryAll().stream()
                .map(n -> n.localToScene(n.getBoundsInLocal())).toList());
        Bounds name = FX.fx(() -> first.localToScene(first.getBoundsInLocal()));
        assertTrue(tints.stream().anyMatch(b -> b.intersects(name.getMinX() + 2, name.getMinY() + 2, name.getWidth() - 4, name.getHeight() - 4)),
                "a tint lies under the name");

        // Notes' selection and highlights map the same blocks: the drawn flows are the body's pieces.
        FX.until(() -> session.viewModel().notes().highlights().bodyTextProperty().get() != null
                && session.viewModel().notes().highlights().bodyTextProperty().get().articleId() == session.viewModel().reader().articleId());
        List<String> pieces = FX.fx(() -> session.viewModel().notes().highlights().bodyTextProperty().get().pieces().stream()
                .map(org.newslens.ui.reader.Paragraphs.Piece::text).toList());
        List<javafx.scene.text.TextFlow> flows = FX.fx(() -> robot.lookup("." + Css.READER_PARAGRAPH).queryAll().stream()
                .flatMap(n -> ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream())
                .filter(javafx.scene.text.TextFlow.class::isInstance).map(javafx.scene.text.TextFlow.class::cast).toList());
        assertEquals(pieces, FX.fx(() -> flows.stream().map(f -> f.getChildren().stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat)).toList()));
        javafx.scene.text.TextFlow construction = flows.stream()
                .filter(f -> ((Text) f.getChildren().get(0)).getText().startsWith("Construction")).findFirst().orElseThrow();
        javafx.geometry.Point2D[] line = FX.fx(() -> {
            Bounds b = construction.localToScreen(construction.getLayoutBounds());
            double y = b.getMinY() + 8;
            return new javafx.geometry.Point2D[] {new javafx.geometry.Point2D(b.getMinX() + 1, y), new javafx.geometry.Point2D(b.getMinX() + 120, y)};
        });
        robot.drag(line[0], javafx.scene.input.MouseButton.PRIMARY).moveTo(line[1]).release(javafx.scene.input.MouseButton.PRIMARY);
        FX.until(() -> robot.lookup("." + org.newslens.ui.notes.NotesCss.SELECTION).queryAll().size() == 1);
    }

    @Test
    void aMarkdownArticleHasLinksThatOpenAndAnImagePlaceholder(FxRobot robot) throws Exception {
        open(robot, "Budget talks resume");
        FX.until(() -> runs(robot, "." + Css.READER_LINK).contains("Lena Ortiz"));
        assertTrue(FX.fx(() -> runs(robot, "." + Css.READER_MARKER)).containsAll(List.of("1.", "2.", "3.", "◦")));
        assertTrue(FX.fx(() -> robot.lookup("." + Css.READER_IMAGE + " .label").queryAll().stream()
                .anyMatch(n -> "Chart of the budget".equals(((Label) n).getText()))), "image placeholder with its alt text");
        assertTrue(FX.fx(() -> robot.lookup("." + Css.READER_PRE + " ." + Css.READER_RUN).queryAll().stream()
                .anyMatch(n -> ((Text) n).getText().equals("total = 12 + 3") && ((Text) n).getFont().getFamily().toLowerCase().contains("mono"))),
                "code in a monospaced face");
        assertTrue(FX.fx(() -> robot.lookup(".reader-source").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Capital Notes · By Jo Park and Sam Reyes"))), "byline in the header");

        Text link = FX.fx(() -> texts(robot, "." + Css.READER_LINK).stream().filter(t -> t.getText().equals("Lena Ortiz")).findFirst().orElseThrow());
        // Click on its first letter (the link may wrap to the next line, so its box's centre may be off it).
        javafx.geometry.Point2D at = FX.fx(() -> {
            javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) link.getParent();
            int start = textBefore(link).length();
            Bounds first = new javafx.scene.shape.Path(flow.rangeShape(start, start + 1)).getBoundsInLocal();
            return flow.localToScreen(first.getCenterX(), first.getCenterY());
        });
        robot.clickOn(at);
        FX.until(() -> opened.contains("https://notes.example/ortiz"));
        assertEquals(List.of("https://notes.example/ortiz"), opened);
    }

    private static void open(FxRobot robot, String titlePrefix) throws Exception {
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        FX.until(() -> list.getItems().size() == 2);
        int index = FX.fx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (((ArticleSummary) list.getItems().get(i)).title().startsWith(titlePrefix)) {
                    return i;
                }
            }
            throw new AssertionError("no article " + titlePrefix);
        });
        robot.interact(() -> list.getSelectionModel().select(index));
    }

    /** The text of the flow before this run. */
    private static String textBefore(Text run) {
        StringBuilder sb = new StringBuilder();
        for (Node n : run.getParent().getChildrenUnmodifiable()) {
            if (n == run) {
                break;
            }
            sb.append(((Text) n).getText());
        }
        return sb.toString();
    }

    private static List<Text> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
    }

    private static List<String> runs(FxRobot robot, String query) {
        return texts(robot, query).stream().map(Text::getText).toList();
    }
}
