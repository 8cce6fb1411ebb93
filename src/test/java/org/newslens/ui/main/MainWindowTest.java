package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.ui.Fixtures;
import org.newslens.ui.FxWait;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The real window, headless (Monocle), on a new library: first-run samples, then an import. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String SEED_TITLE = "Putin proposes direct peace talks with Zelensky for the first time in years";
    /** The first sample waits for the language models to load: slow on a busy machine. */
    private static final long TIMEOUT_S = 90;
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
        session.close();
    }

    @Test
    void firstRunShowsTheSampleSelectedAndReadable(FxRobot robot) throws Exception {
        FX.until(() -> FX.texts(robot, "." + Css.ARTICLE_CELL_TITLE).contains(SEED_TITLE));
        FX.until(() -> FX.texts(robot, "." + Css.READER_PARAGRAPH).stream()
                .anyMatch(t -> t.startsWith("Vladimir Putin has proposed direct peace talks")));

        assertEquals(SEED_TITLE, FX.fx(() -> robot.lookup("." + Css.READER_TITLE).queryAs(Label.class).getText()));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(0, (int) FX.fx(() -> list.getSelectionModel().getSelectedIndex()));
        // The sidebar shows who and when, extracted at import.
        FX.until(() -> FX.texts(robot, "." + Css.SIDEBAR_ITEM_NAME).containsAll(
                List.of("Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "Donald Trump", org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)))));
        assertTrue(FX.texts(robot, "." + Css.SIDEBAR_ITEM_DETAIL).contains("Kremlin spokesperson"));
    }

    @Test
    void importShowsASummaryWithFailuresAndOpensTheNewArticle(FxRobot robot) throws Exception {
        Path files = Files.createDirectories(dir.resolve("incoming"));
        Path good = Fixtures.article(files, "ceasefire.txt", "Ceasefire holds for a second day", "2030-01-02",
                "Negotiators met again on Tuesday.\nBoth sides reported calm.");
        Path bad = Fixtures.unsupported(files);
        // The first sample is shown while the others are analysed; the rest are not needed here.
        FX.until(() -> !session.viewModel().articles().articles().isEmpty());
        FX.fx(() -> {
            session.viewModel().importing().onCancelImport();
            return null;
        });
        FX.until(() -> !session.viewModel().importing().runningProperty().get());

        FX.fx(() -> session.viewModel().importing().onImport(List.of(good, bad)));

        FX.until(() -> FX.texts(robot, "#importHeadline").contains("1 imported, 0 duplicates, 1 failed"));
        assertTrue(FX.texts(robot, "." + Css.IMPORT_BANNER_LINE).stream().anyMatch(t -> t.startsWith("scan.pdf — unsupported file type")));
        FX.until(() -> FX.texts(robot, "." + Css.READER_PARAGRAPH).contains("Negotiators met again on Tuesday."));
        ArticleSummary selected = FX.fx(() -> session.viewModel().state().getSelectedArticle());
        assertEquals("Ceasefire holds for a second day", selected.title());
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        assertEquals(selected, FX.fx(() -> list.getSelectionModel().getSelectedItem()), "the list shows the window's selection");

        // A reload that keeps the selection must keep it visible in the list too.
        FX.fx(() -> session.viewModel().importing().onImport(List.of(bad)));
        FX.until(() -> FX.texts(robot, "#importHeadline").contains("0 imported, 0 duplicates, 1 failed"));
        FX.until(() -> selected.equals(list.getSelectionModel().getSelectedItem()));
    }
}
