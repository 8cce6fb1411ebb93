package org.newslens.ui.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.feeds.FeedServer;
import org.newslens.feeds.JdkTestFetcher;
import org.newslens.library.ImportService;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.ThreadPoolTaskExecutor;
import org.newslens.ui.FxWait;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.main.MainWindow;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.prefs.PreferencesStore;
import org.newslens.ui.sidebar.StoreSidebarContent;
import org.newslens.ui.theme.Css;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The real window, headless: subscribe to a feed served on 127.0.0.1 through the dialog, then open an item. */
@ExtendWith(ApplicationExtension.class)
class FeedsWindowTest {
    private static final long TIMEOUT_S = 20;
    private static final FxWait FX = new FxWait(TIMEOUT_S);

    @TempDir
    static Path dir;
    private FeedServer server;
    private Database db;
    private ThreadPoolTaskExecutor executor;
    private PreferencesModel prefs;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        server = new FeedServer();
        server.put("/rss", "application/rss+xml", FeedServer.rss("Gazette", server.url("/s"), 20, "g"), true);
        Path lib = dir.resolve("library");
        db = Database.open(lib);
        executor = new ThreadPoolTaskExecutor(2, Platform::runLater);
        prefs = new PreferencesModel(PreferencesStore.inLibrary(lib));
        vm = new MainViewModel(db, executor, new StoreSidebarContent(new ExtractionStore(db), new ArticleStore(db)),
                new ImportService(db), null, prefs, JdkTestFetcher::new);
        new MainWindow(stage, vm, prefs).show();
    }

    @Stop
    void stop() {
        vm.reading().close(); // a pending "read after a moment" must not fire into the closed executor
        prefs.close();
        executor.close();
        db.close();
        server.close();
    }

    @Test
    void subscribeThroughTheDialogThenOpenAnItem(FxRobot robot) throws Exception {
        FX.until(() -> !vm.importing().runningProperty().get());
        robot.clickOn("#subscribeButton");
        FX.until(() -> robot.lookup("#subscribeUrl").tryQuery().isPresent());
        robot.clickOn("#subscribeUrl").write(server.url("/rss"));
        robot.clickOn("#subscribeFolder").write("News");
        robot.clickOn("Subscribe");
        FX.until(() -> texts(robot, "#sources-feeds .source-label").containsAll(List.of("News", "Gazette")));
        FX.until(() -> texts(robot, "#feedsStatus").stream().anyMatch(t -> t.startsWith("Subscribed to Gazette: 20 new articles")));
        FX.until(() -> texts(robot, "#sources-feeds .source-count").contains("20"));

        // Choosing the feed in the sources pane shows its items only.
        robot.clickOn(FX.fx(() -> robot.lookup("#sources-feeds .source-label").queryAll().stream()
                .filter(n -> "Gazette".equals(((Label) n).getText())).findFirst().orElseThrow()));
        FX.until(() -> vm.state().filter().get().feedId() != null && vm.articles().totalProperty().get() == 20);

        // The 37 samples share the list: bring the story into view before clicking it.
        javafx.scene.control.ListView<?> list = robot.lookup("#articleList").queryAs(javafx.scene.control.ListView.class);
        FX.until(() -> list.getItems().stream().anyMatch(a -> a instanceof ArticleSummary s && s.title().equals("Gazette story 20")));
        robot.interact(() -> list.scrollTo(java.util.stream.IntStream.range(0, list.getItems().size())
                .filter(i -> list.getItems().get(i) instanceof ArticleSummary s && s.title().equals("Gazette story 20"))
                .findFirst().orElseThrow()));
        FX.until(() -> texts(robot, "." + Css.ARTICLE_CELL_TITLE).contains("Gazette story 20"));
        robot.clickOn("Gazette story 20");
        FX.until(() -> texts(robot, "." + Css.READER_PARAGRAPH).stream()
                .anyMatch(t -> t.startsWith("Gazette story number 20 says the council met on Monday.")));
        ArticleSummary selected = FX.fx(() -> vm.state().getSelectedArticle());
        assertEquals("Gazette story 20", selected.title());
        assertEquals(server.url("/s/a/20"), selected.source());
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return FX.texts(robot, query, n -> n instanceof Label l ? l.getText() : n instanceof TextField t ? t.getText() : n.getAccessibleText());
    }
}
