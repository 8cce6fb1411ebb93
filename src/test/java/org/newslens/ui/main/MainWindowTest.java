package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.ui.Fixtures;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle), on a new library: first-run samples, then an import. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String SEED_TITLE = "Putin proposes direct peace talks with Zelensky for the first time in years";
    /** The first sample waits for the language models to load: slow on a busy machine. */
    private static final long TIMEOUT_S = 90;

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
        session.close();
    }

    @Test
    void firstRunShowsTheSampleSelectedAndReadable(FxRobot robot) throws Exception {
        waitUntil(() -> texts(robot, "." + Css.ARTICLE_CELL_TITLE).contains(SEED_TITLE));
        waitUntil(() -> texts(robot, "." + Css.READER_PARAGRAPH).stream()
                .anyMatch(t -> t.startsWith("Vladimir Putin has proposed direct peace talks")));

        assertEquals(SEED_TITLE, fx(() -> robot.lookup("." + Css.READER_TITLE).queryAs(Label.class).getText()));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(0, (int) fx(() -> list.getSelectionModel().getSelectedIndex()));
        // The sidebar shows who and when, extracted at import.
        waitUntil(() -> texts(robot, "." + Css.SIDEBAR_ITEM_NAME).containsAll(
                List.of("Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "Donald Trump", org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)))));
        assertTrue(texts(robot, "." + Css.SIDEBAR_ITEM_DETAIL).contains("Kremlin spokesperson"));
    }

    @Test
    void importShowsASummaryWithFailuresAndOpensTheNewArticle(FxRobot robot) throws Exception {
        Path files = Files.createDirectories(dir.resolve("incoming"));
        Path good = Fixtures.article(files, "ceasefire.txt", "Ceasefire holds for a second day", "2030-01-02",
                "Negotiators met again on Tuesday.\nBoth sides reported calm.");
        Path bad = Fixtures.unsupported(files);
        // The first sample is shown while the others are analysed; the rest are not needed here.
        waitUntil(() -> !session.viewModel().articles().articles().isEmpty());
        fx(() -> {
            session.viewModel().importing().onCancelImport();
            return null;
        });
        waitUntil(() -> !session.viewModel().importing().runningProperty().get());

        fx(() -> session.viewModel().importing().onImport(List.of(good, bad)));

        waitUntil(() -> texts(robot, "#importHeadline").contains("1 imported, 0 duplicates, 1 failed"));
        assertTrue(texts(robot, "." + Css.IMPORT_BANNER_LINE).stream().anyMatch(t -> t.startsWith("scan.pdf — unsupported file type")));
        waitUntil(() -> texts(robot, "." + Css.READER_PARAGRAPH).contains("Negotiators met again on Tuesday."));
        ArticleSummary selected = fx(() -> session.viewModel().state().getSelectedArticle());
        assertEquals("Ceasefire holds for a second day", selected.title());
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(selected, fx(() -> list.getSelectionModel().getSelectedItem()), "the list shows the window's selection");

        // A reload that keeps the selection must keep it visible in the list too.
        fx(() -> session.viewModel().importing().onImport(List.of(bad)));
        waitUntil(() -> texts(robot, "#importHeadline").contains("0 imported, 0 duplicates, 1 failed"));
        waitUntil(() -> selected.equals(list.getSelectionModel().getSelectedItem()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Runs on the FX thread and waits: the scene graph is read only there. */
    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .map(n -> n instanceof Label l ? l.getText() : n.getAccessibleText())
                .filter(t -> t != null)
                .toList());
    }
}
