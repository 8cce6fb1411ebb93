package org.newslens.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.main.AppSession;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless: the timeline tab draws one slot per week from the first date to the last
 * (empty weeks too), its tick labels inside the chart without overlapping, and a click on a sentence
 * opens its article.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    private static final long TIMEOUT_S = 30;

    @TempDir
    static Path dir;
    private AppSession session;

    @Start
    void start(Stage stage) {
        Path lib = dir.resolve("lib-" + System.nanoTime());
        try (Database db = LibraryFixture.create(lib)) {
            // five articles, Jan to May 2025
        }
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    @Stop
    void stop() {
        session.close();
    }

    @Test
    void theChartIsATimeAxisWithReadableTicksAndASentenceOpensItsArticle(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#filterCount").queryAs(Label.class).getText().equals("5 articles"));
        robot.clickOn("#articleList");
        robot.type(KeyCode.T);
        waitUntil(() -> robot.lookup("#timelineChart").tryQuery().filter(Node::isVisible).isPresent());
        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        waitUntil(() -> !chart.axis().isEmpty() && !chart.tickTexts().isEmpty());

        TimelineAxis axis = fx(chart::axis);
        assertEquals(TimelineGrouping.Scale.WEEK, axis.scale());
        // 6 Jan to 2 May 2025: 17 weeks from Monday 6 January, 12 of them empty.
        assertEquals(17, axis.bins().size());
        assertEquals(12, axis.bins().stream().filter(b -> b.count() == 0).count());
        assertEquals(17, (int) fx(() -> robot.lookup("." + Css.TIMELINE_SLOT).queryAll().size()));

        List<Bounds> labels = fx(() -> robot.lookup("." + Css.TIMELINE_TICK_LABEL).queryAll().stream().filter(Node::isVisible)
                .map(n -> chart.sceneToLocal(n.localToScene(n.getBoundsInLocal()))).sorted(Comparator.comparingDouble(Bounds::getMinX))
                .toList());
        assertTrue(labels.size() >= 2, labels.toString());
        double width = fx(chart::getWidth);
        for (int i = 0; i < labels.size(); i++) {
            assertTrue(labels.get(i).getMinX() >= 0 && labels.get(i).getMaxX() <= width, "inside the chart: " + labels.get(i));
            if (i > 0) {
                assertTrue(labels.get(i - 1).getMaxX() < labels.get(i).getMinX(), "no overlap: " + labels);
            }
        }

        // The first sentence (Ann Lee in Paris, January) opens its article with the sentence revealed.
        robot.clickOn(robot.lookup("#timelineList ." + Css.TIMELINE_SENTENCE).queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof Label l && l.getText().startsWith("Ann Lee visited Paris")).findFirst().orElseThrow());
        waitUntil(() -> session.viewModel().state().getSelectedArticle() != null
                && session.viewModel().state().getSelectedArticle().title().equals("Ann Lee in Paris"));
        waitUntil(() -> session.viewModel().state().revealProperty().get() != null);
        org.newslens.ui.state.TextTarget r = fx(() -> session.viewModel().state().revealProperty().get());
        assertEquals(fx(() -> session.viewModel().state().getSelectedArticle().id()), (Long) r.articleId());
        assertEquals(List.of(0, "Ann Lee visited Paris on Monday.".length()), List.of(r.start(), r.end()));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
