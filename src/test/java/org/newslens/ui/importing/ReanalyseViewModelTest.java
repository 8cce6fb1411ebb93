package org.newslens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.Extractor;
import org.newslens.extract.NothingFound;
import org.newslens.library.ImportService;
import org.newslens.library.ReextractService;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.task.TaskContext;

class ReanalyseViewModelTest {
    @TempDir
    Path dir;
    Database db;
    int reloads;
    Runnable duringExtract = () -> { };

    /** An engine that finds nothing, of a given version; runs {@link #duringExtract} on each article. */
    Extractor engine(String version) {
        return new NothingFound(version, () -> duringExtract.run());
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("lib"));
        for (String n : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(n + ".txt"), "Article " + n + " about the harbour.");
        }
        new ImportService(db, engine("old"), 1, Clock.systemUTC())
                .importPaths(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.txt")), TaskContext.none());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReanalyseViewModel vm(String version) {
        return new ReanalyseViewModel(new ReextractService(db, engine(version)), new CurrentThreadTaskExecutor(), () -> reloads++);
    }

    private long versions(String version) {
        return new ArticleStore(db).listAll().stream()
                .filter(s -> version.equals(new ArticleStore(db).find(s.id()).orElseThrow().extractorVersion())).count();
    }

    @Test
    void offersNothingWhenEveryArticleIsCurrent() {
        ReanalyseViewModel vm = vm("old");
        vm.onCheck();
        assertEquals(0, vm.staleProperty().get());
        assertFalse(vm.visibleProperty().get());
    }

    @Test
    void offersAndRunsTheReanalysisOfStaleArticles() {
        ReanalyseViewModel vm = vm("new");
        vm.onCheck();
        assertEquals(3, vm.staleProperty().get());
        assertTrue(vm.visibleProperty().get());
        assertEquals("3 articles were analysed by an older engine", vm.messageProperty().get());
        vm.onReanalyse();
        assertEquals(3, versions("new"));
        assertEquals(0, vm.staleProperty().get());
        assertFalse(vm.visibleProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(1, reloads);
    }

    @Test
    void cancelStopsAfterTheArticleInHandAndTheRestStaysOffered() {
        ReanalyseViewModel vm = vm("new");
        vm.onCheck();
        duringExtract = vm::onCancel;
        vm.onReanalyse();
        assertEquals(1, versions("new"));
        assertEquals(2, vm.staleProperty().get());
        assertTrue(vm.visibleProperty().get());
        assertEquals("2 articles were analysed by an older engine", vm.messageProperty().get());
    }

    @Test
    void notNowHidesTheOffer() {
        ReanalyseViewModel vm = vm("new");
        vm.onCheck();
        vm.onDismiss();
        assertFalse(vm.visibleProperty().get());
        assertEquals(3, vm.staleProperty().get());
    }
}
