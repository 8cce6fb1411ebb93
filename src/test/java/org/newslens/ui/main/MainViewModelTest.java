package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleSummary;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.Fixtures;
import org.newslens.ui.articles.ArticleFormat;
import org.newslens.ui.importing.ImportSummary;
import org.newslens.ui.importing.ImportViewModel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.sidebar.SidebarContent;
import org.newslens.ui.sidebar.SidebarItem;
import org.newslens.ui.sidebar.SidebarSection;
import org.newslens.ui.sidebar.SidebarViewModel;
import org.newslens.ui.state.WindowState;

/** The view models together, on the current thread: no toolkit. */
class MainViewModelTest {
    private static final String SEED_TITLE = "Putin proposes direct peace talks with Zelensky for the first time in years";

    @TempDir
    Path dir;
    private Database db;
    private MainViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library"));
        vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), SidebarContent.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstRunImportsTheSamplesAndSelectsTheFirst() {
        vm.start();

        assertEquals(38, vm.articles().articles().size(), "the sample library");
        assertEquals(SEED_TITLE, vm.state().getSelectedArticle().title());
        ReaderViewModel reader = vm.reader();
        assertEquals(ReaderViewModel.Status.SHOWN, reader.statusProperty().get());
        assertEquals(SEED_TITLE, reader.titleProperty().get());
        assertTrue(reader.paragraphs().get(0).startsWith("Vladimir Putin has proposed direct peace talks"));
        assertTrue(reader.paragraphs().size() > 3, "one paragraph per line of the sample");
        assertEquals("Added 38 sample articles", vm.importing().messageProperty().get());
        assertNull(vm.importing().summaryProperty().get(), "no banner for the samples");
    }

    @Test
    void samplesAreNotOfferedTwice() {
        vm.start();
        Database again = db;
        MainViewModel second = new MainViewModel(again, new CurrentThreadTaskExecutor(), SidebarContent.NONE);
        second.start();
        assertEquals(38, second.articles().articles().size());
        assertEquals("", second.importing().messageProperty().get());
    }

    @Test
    void importSummarisesAndSelectsTheNewArticle() throws Exception {
        vm.start();
        Path older = Fixtures.article(dir, "older.txt", "An older story", "2020-01-05", "Old news.");
        Path undated = Fixtures.article(dir, "undated.md", "A story without a date", null, "Line one.\nLine two.");

        assertTrue(vm.importing().onImport(List.of(older, undated)));

        ImportSummary summary = vm.importing().summaryProperty().get();
        assertNotNull(summary);
        assertEquals("2 imported, 0 duplicates, 0 failed", summary.headline());
        assertFalse(summary.hasFailures());
        assertFalse(vm.importing().runningProperty().get());
        List<String> titles = vm.articles().articles().stream().map(ArticleSummary::title).toList();
        assertEquals(SEED_TITLE, titles.get(0), "newest first");
        assertEquals("A story without a date", titles.get(titles.size() - 1), "undated last");
        assertTrue(titles.indexOf("An older story") > 0);
        assertEquals("An older story", vm.state().getSelectedArticle().title(), "the first newly imported article");
        assertEquals(List.of("Old news."), vm.reader().paragraphs());

        vm.articles().onSelectArticle(vm.articles().articles().get(titles.size() - 1));
        assertEquals(ArticleFormat.UNDATED, vm.reader().dateProperty().get());
        assertEquals(List.of("Line one.", "Line two."), vm.reader().paragraphs());

        vm.importing().onDismissSummary();
        assertNull(vm.importing().summaryProperty().get());
    }

    @Test
    void aBadFileIsListedWithItsReason() throws Exception {
        Path good = Fixtures.article(dir, "good.txt", "Good", "2024-02-02", "Fine text.");
        Path bad = Fixtures.unsupported(dir);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");

        vm.importing().onImport(List.of(good, bad, empty));

        ImportSummary summary = vm.importing().summaryProperty().get();
        assertEquals("1 imported, 0 duplicates, 2 failed", summary.headline());
        assertEquals(2, summary.failures().size());
        assertTrue(summary.failures().get(0).startsWith("scan.pdf — unsupported file type"), summary.failures().get(0));
        assertEquals("empty.txt — empty file", summary.failures().get(1));
        assertEquals("Good", vm.state().getSelectedArticle().title());
    }

    @Test
    void reimportingSelectsTheExistingArticle() throws Exception {
        Path a = Fixtures.article(dir, "a.txt", "Story A", "2024-02-02", "Same text.");
        vm.importing().onImport(List.of(a));
        long id = vm.state().getSelectedArticle().id();
        vm.articles().onSelectArticle(null);

        vm.importing().onImport(List.of(a));

        assertEquals("0 imported, 1 duplicate, 0 failed", vm.importing().summaryProperty().get().headline());
        assertEquals(id, vm.state().getSelectedArticle().id());
    }

    @Test
    void cancellingKeepsWhatWasImportedAndSaysSo() throws Exception {
        Path a = Fixtures.article(dir, "a.txt", "Story A", "2024-02-02", "Text A.");
        Path b = Fixtures.article(dir, "b.txt", "Story B", "2024-02-03", "Text B.");
        ImportViewModel importing = vm.importing();
        // Cancel when the second file comes up (progress arrives on this thread here): it is never stored.
        importing.messageProperty().addListener((o, old, now) -> {
            if (now.startsWith("Importing b.txt")) {
                importing.onCancelImport();
            }
        });

        importing.onImport(List.of(a, b));

        ImportSummary summary = importing.summaryProperty().get();
        assertTrue(summary.cancelled());
        assertEquals("1 imported, 0 duplicates, 0 failed (cancelled; 1 not imported)", summary.headline());
        assertEquals(List.of("Story A"), vm.articles().articles().stream().map(ArticleSummary::title).toList());
    }

    @Test
    void nothingSelectedMeansAnEmptyReader() {
        vm.start();
        vm.articles().onSelectArticle(null);
        assertEquals(ReaderViewModel.Status.EMPTY, vm.reader().statusProperty().get());
        assertTrue(vm.reader().paragraphs().isEmpty());
        assertEquals("", vm.reader().titleProperty().get());
    }

    @Test
    void sidebarShowsWhatItsContentGivesForTheSelectedArticle() {
        WindowState state = new WindowState();
        SidebarContent content = id -> Map.of(SidebarSection.PEOPLE, List.of(new SidebarItem("Dmitry Peskov", "Kremlin spokesperson", 2)));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        SidebarViewModel sidebar = new SidebarViewModel(content, executor, state,
                new org.newslens.ui.actors.ActorCorrections(new org.newslens.store.ActorStore(db), executor, state));
        assertTrue(sidebar.items(SidebarSection.PEOPLE).isEmpty());

        state.selectArticle(new ArticleSummary(7, "T", "S", null, java.time.Instant.EPOCH));
        assertEquals("Dmitry Peskov", sidebar.items(SidebarSection.PEOPLE).get(0).name());
        assertTrue(sidebar.items(SidebarSection.DATES).isEmpty());

        state.selectArticle(null);
        assertTrue(sidebar.items(SidebarSection.PEOPLE).isEmpty());
    }
}
