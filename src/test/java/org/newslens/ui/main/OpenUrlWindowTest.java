package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.net.TestServer;
import org.newslens.ui.FxWait;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, opening web pages served on 127.0.0.1: File ▸ Open URL… (Ctrl+L) and
 * Ctrl+V with a link on the clipboard each store the page and open its article; a failing address
 * says why in the summary.
 */
@ExtendWith(ApplicationExtension.class)
class OpenUrlWindowTest {
    /** The first page waits for the language models to load. */
    private static final long IMPORT_TIMEOUT_S = 240;
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private static TestServer server;
    private AppSession session;

    @BeforeAll
    static void serve() throws Exception {
        server = new TestServer();
        server.text("/harbour.html", 200, "text/html; charset=utf-8", page("Harbour reopens after the storm",
                "The harbour reopened on Tuesday after three days of closure, the port authority said."));
        server.text("/ferry.html", 200, "text/html; charset=utf-8", page("Ferry timetable returns to normal",
                "The morning ferry left on time for the first time this week, the operator said."));
        server.text("/missing.html", 404, "text/html", "<p>gone</p>");
    }

    @AfterAll
    static void unserve() {
        server.close();
    }

    private static String page(String title, String paragraph) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>"
                + title + "</h1><p>" + paragraph + "</p><p>More to follow.</p></article></body></html>";
    }

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
    void openUrlAndPasteALinkOpenTheArticleAFailureSaysWhy(FxRobot robot) throws Exception {
        waitUntil(TIMEOUT_S, () -> count(robot).equals("5 articles"));
        ListView<?> list = robot.lookup("#articleList").queryAs(ListView.class);
        robot.clickOn(list);

        // File ▸ Open URL… by its shortcut.
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(TIMEOUT_S, () -> robot.lookup("#openUrlField").tryQuery().isPresent());
        TextField field = robot.lookup("#openUrlField").queryAs(TextField.class);
        robot.interact(() -> field.setText("not a web address"));
        robot.clickOn("#openUrlButton");
        waitUntil(TIMEOUT_S, () -> robot.lookup("#openUrlError").queryAs(Label.class).getText().startsWith("not a web address"));
        robot.interact(() -> field.setText(server.uri("/harbour.html").toString()));
        robot.clickOn("#openUrlButton");

        waitUntil(IMPORT_TIMEOUT_S, () -> selectedTitle().equals("Harbour reopens after the storm"));
        waitUntil(TIMEOUT_S, () -> FX.texts(robot, "." + Css.READER_PARAGRAPH).stream()
                .anyMatch(t -> t.startsWith("The harbour reopened on Tuesday")));
        waitUntil(TIMEOUT_S, () -> count(robot).equals("6 articles"));

        // Ctrl+V with a link on the clipboard, focus on the list: opened directly.
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, server.uri("/ferry.html").toString())));
        robot.clickOn(list);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(IMPORT_TIMEOUT_S, () -> selectedTitle().equals("Ferry timetable returns to normal"));
        waitUntil(TIMEOUT_S, () -> count(robot).equals("7 articles"));

        // A page that is not there: the summary says so, nothing is added.
        robot.interact(() -> session.viewModel().importing().onOpenUrl(server.uri("/missing.html")));
        waitUntil(TIMEOUT_S, () -> FX.texts(robot, "#importHeadline").contains("0 imported, 0 duplicates, 1 failed"));
        assertTrue(FX.texts(robot, "." + Css.IMPORT_BANNER_LINE).contains("missing.html — 404 Not Found"),
                FX.texts(robot, "." + Css.IMPORT_BANNER_LINE).toString());
        assertEquals("7 articles", count(robot));
        assertEquals(2, server.hits("/harbour.html") + server.hits("/ferry.html"));
    }

    private String selectedTitle() {
        ArticleSummary a = session.viewModel().state().getSelectedArticle();
        return a == null ? "" : a.title();
    }

    private static String count(FxRobot robot) throws Exception {
        return FX.fx(() -> robot.lookup("#filterCount").queryAs(Label.class).getText());
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> FX.fx(condition));
    }
}
