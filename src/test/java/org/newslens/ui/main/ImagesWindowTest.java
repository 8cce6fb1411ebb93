package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.library.ImportReport;
import org.newslens.library.ImportService;
import org.newslens.model.ArticleSummary;
import org.newslens.net.HttpFetcher;
import org.newslens.net.TestImages;
import org.newslens.net.TestServer;
import org.newslens.store.Database;
import org.newslens.store.SiteSettingsStore;
import org.newslens.task.TaskContext;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, with two articles fetched from a local server whose images it also
 * serves (and counts): nothing is requested until "Load images"; then each image replaces its
 * placeholder at its own size or the column's width, a failure says why; "Always for the site" loads
 * the next article of that site without a click. Also: the sources pane's shown/hidden state
 * survives a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ImagesWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final String FIRST = "Harbour wall repaired before the winter storms";
    private static final String SECOND = "Ferry timetable returns to normal after repairs";

    private static final Extractor NOTHING = new Extractor() {
        @Override
        public Extraction extract(String body, LocalDate published) {
            return new Extraction(published, false, List.of(), List.of(), List.of());
        }

        @Override
        public String version() {
            return "test";
        }
    };

    @TempDir
    static Path dir;
    private TestServer server;
    private AppSession session;
    private Path lib;

    @Start
    void start(Stage stage) throws Exception {
        server = new TestServer();
        server.text("/harbour.html", 200, "text/html; charset=utf-8", page(FIRST,
                "<img src=\"/img/small.png\" alt=\"The new wall at low tide\" width=\"40\" height=\"30\">"
                        + "<p>Workers finished the last section of the wall on Friday, three weeks ahead of the plan "
                        + "that the port authority published in the spring.</p>"
                        + "<img src=\"/img/wide.png\" alt=\"The harbour from the hill\">"
                        + "<img src=\"/img/missing.png\" alt=\"A map of the works\">"));
        server.text("/ferry.html", 200, "text/html; charset=utf-8", page(SECOND,
                "<img src=\"/img/ferry.png\" alt=\"The morning ferry\" width=\"60\" height=\"20\">"));
        server.on("/img/small.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(40, 30)));
        server.on("/img/wide.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(1600, 400)));
        server.text("/img/missing.png", 404, "text/plain", "no such image");
        server.on("/img/ferry.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(60, 20)));

        lib = dir.resolve("lib-" + System.nanoTime());
        try (Database db = Database.open(lib)) {
            ImportReport r = new ImportService(db, NOTHING, 1, Clock.systemUTC(), HttpFetcher.standard())
                    .importUrls(List.of(server.uri("/harbour.html"), server.uri("/ferry.html")), TaskContext.none());
            assertEquals(2, r.imported(), r.toString());
        }
        session = AppSession.open(lib, Platform::runLater);
        session.show(stage);
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><nav>Home | Local</nav><article><h1>"
                + title + "</h1><p>The harbour master said the work had gone well and that boats could use the inner "
                + "basin again from Monday morning, weather permitting.</p>" + body
                + "<p>More repairs are planned for next year, the council said in a statement.</p></article></body></html>";
    }

    @Stop
    void stop() {
        session.close();
        server.close();
    }

    @Test
    void imagesLoadOnlyOnRequestAtTheirSizeOrTheColumnsAndAFailureSaysWhy(FxRobot robot) throws Exception {
        open(FIRST);
        waitUntil(() -> placeholders(robot).size() == 3);
        Thread.sleep(400); // give anything that would fetch by itself the time to do it
        assertEquals(0, imageHits(), "nothing is requested before the user asks");
        assertEquals("3 images, not loaded", fx(() -> robot.lookup("#imagesBar .label").queryAs(Label.class).getText()));

        robot.clickOn("#loadImagesButton");
        waitUntil(() -> images(robot).size() == 2 && failure(robot).startsWith("image failed"));
        assertEquals("image failed: 404 Not Found", failure(robot));
        assertEquals(1, server.hits("/img/small.png"));
        assertEquals(1, server.hits("/img/wide.png"));
        assertEquals(0, server.hits("/img/ferry.png"), "only the open article's images");

        ImageView small = fx(() -> images(robot).stream().filter(v -> v.getImage().getWidth() == 40).findFirst().orElseThrow());
        Bounds s = fx(() -> small.getBoundsInLocal());
        assertEquals(40, s.getWidth(), 0.5, "a small image keeps its own size");
        assertEquals(30, s.getHeight(), 0.5);
        ImageView wide = fx(() -> images(robot).stream().filter(v -> v.getImage().getWidth() > 40).findFirst().orElseThrow());
        double column = fx(() -> robot.lookup("#" + org.newslens.ui.reader.ReaderView.COLUMN_ID).query().getBoundsInLocal().getWidth());
        Bounds w = fx(() -> wide.getBoundsInLocal());
        assertTrue(w.getWidth() < 1600 && w.getWidth() <= column + 0.5 && w.getWidth() > column * 0.8,
                "a wide image is scaled to the column: " + w.getWidth() + " in " + column);
        assertEquals(w.getWidth() / 4, w.getHeight(), 1, "keeping its ratio");
        assertEquals("2 of 3 images loaded · 1 failed", fx(() -> robot.lookup("#imagesBar .label").queryAs(Label.class).getText()));

        // To the other article and back: placeholders again (not "always"), and loading again does not refetch.
        open(SECOND);
        waitUntil(() -> placeholders(robot).size() == 1);
        open(FIRST);
        waitUntil(() -> placeholders(robot).size() == 3);
        robot.clickOn("#articleList");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.I); // View ▸ Load images
        waitUntil(() -> images(robot).size() == 2);
        assertEquals(1, server.hits("/img/small.png"), "from the cache");
        assertEquals(1, server.hits("/img/wide.png"), "from the cache");
        assertEquals(0, server.hits("/img/ferry.png"));
        javafx.scene.control.MenuBar bar = fx(() -> (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane)
                robot.lookup("#articleList").query().getScene().getRoot()).getTop());
        assertTrue(fx(() -> org.newslens.ui.shortcuts.ShortcutHelp.rows(bar)).stream()
                .anyMatch(r -> r.description().equals("View ▸ Load images")), "the ? overlay lists its shortcut");
    }

    @Test
    void alwaysForTheSiteLoadsItsNextArticleWithoutAClickUntilTurnedOff(FxRobot robot) throws Exception {
        open(FIRST);
        waitUntil(() -> placeholders(robot).size() == 3);
        assertEquals("Always for 127.0.0.1", fx(() -> robot.lookup("#alwaysLoadImages").queryAs(javafx.scene.control.CheckBox.class).getText()));
        robot.clickOn("#alwaysLoadImages");
        waitUntil(() -> images(robot).size() == 2);

        open(SECOND);
        waitUntil(() -> images(robot).size() == 1);
        assertEquals(1, server.hits("/img/ferry.png"));
        try (Database db = Database.open(lib)) {
            assertTrue(new SiteSettingsStore(db).loadsImages("127.0.0.1"), "saved in the library");
        }

        // Off again, from the View menu: the next article stays a placeholder.
        javafx.scene.control.CheckMenuItem item = fx(() -> menuItem(robot, "alwaysLoadImagesMenuItem"));
        assertTrue(fx(item::isSelected));
        assertEquals("Always load images for 127.0.0.1", fx(item::getText));
        robot.interact(() -> item.setSelected(false));
        waitUntil(() -> !robot.lookup("#alwaysLoadImages").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        open(FIRST);
        waitUntil(() -> placeholders(robot).size() == 3);
        Thread.sleep(400);
        assertTrue(fx(() -> images(robot).isEmpty()), "nothing loads by itself any more");
        try (Database db = Database.open(lib)) {
            waitUntil(() -> !new SiteSettingsStore(db).loadsImages("127.0.0.1"));
        }
    }

    @Test
    void theSourcesPaneStaysHiddenAcrossARestart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#sourcesPane").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#sourcesPane .button"); // ‹
        waitUntil(() -> !robot.lookup("#sourcesPane").query().isVisible());
        // [ hides the list with it and brings both back as they were: the pane stays hidden.
        robot.clickOn("#articleList");
        robot.write("[");
        robot.write("[");
        assertFalse(fx(() -> robot.lookup("#sourcesPane").query().isVisible()));
        Stage first = fx(() -> (Stage) robot.lookup("#articleList").query().getScene().getWindow());
        robot.interact(() -> {
            session.close();
            first.close();
        });

        Stage second = fx(Stage::new);
        robot.interact(() -> {
            session = AppSession.open(lib, Platform::runLater);
            session.show(second);
        });
        Node pane = fx(() -> second.getScene().getRoot().lookup("#sourcesPane"));
        assertFalse(fx(pane::isVisible), "hidden, as it was left");
        javafx.scene.control.CheckMenuItem menu = fx(() -> findItem(second, "Sources pane"));
        assertFalse(fx(menu::isSelected), "and the Reading menu says so");
        robot.interact(() -> menu.setSelected(true));
        assertTrue(fx(pane::isVisible));
        robot.interact(() -> {
            session.close();
            second.close();
        });
        Stage third = fx(Stage::new);
        robot.interact(() -> {
            session = AppSession.open(lib, Platform::runLater);
            session.show(third);
        });
        assertTrue(fx(() -> third.getScene().getRoot().lookup("#sourcesPane").isVisible()), "shown again, remembered too");
    }

    private static javafx.scene.control.CheckMenuItem findItem(Stage stage, String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.CheckMenuItem && text.equals(i.getText()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    private static javafx.scene.control.CheckMenuItem menuItem(FxRobot robot, String id) {
        Stage stage = (Stage) robot.lookup("#articleList").query().getScene().getWindow();
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    private void open(String title) throws Exception {
        ArticleSummary a = fx(() -> session.viewModel().articles().articles().stream()
                .filter(s -> s.title().equals(title)).findFirst().orElse(null));
        if (a == null) {
            waitUntil(() -> session.viewModel().articles().articles().stream().anyMatch(s -> s.title().equals(title)));
            a = fx(() -> session.viewModel().articles().articles().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow());
        }
        ArticleSummary chosen = a;
        fx(() -> {
            session.viewModel().state().selectArticle(chosen);
            return null;
        });
        waitUntil(() -> session.viewModel().reader().statusProperty().get() == ReaderViewModel.Status.SHOWN
                && session.viewModel().reader().articleId() == chosen.id());
    }

    private int imageHits() {
        return server.hits("/img/small.png") + server.hits("/img/wide.png") + server.hits("/img/missing.png") + server.hits("/img/ferry.png");
    }

    private static List<Node> placeholders(FxRobot robot) {
        return robot.lookup("#" + org.newslens.ui.reader.ReaderView.COLUMN_ID + " ." + Css.READER_IMAGE).queryAll().stream()
                .filter(Node::isVisible).toList();
    }

    private static List<ImageView> images(FxRobot robot) {
        return robot.lookup("#" + org.newslens.ui.reader.ReaderView.COLUMN_ID + " .image-view").queryAll().stream()
                .map(ImageView.class::cast).filter(v -> v.getImage() != null && v.getScene() != null).toList();
    }

    private static String failure(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("." + Css.READER_IMAGE_LABEL).queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t.startsWith("image failed")).findFirst().orElse(""));
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
