package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.library.ImportService;
import org.newslens.library.ReextractService;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.task.TaskContext;
import org.newslens.ui.state.WindowState;

class PublishedDateViewModelTest {
    /** Resolves "tomorrow" (always at the start of the body) against the date it is given. */
    static final Extractor TOMORROW = new Extractor() {
        @Override
        public Extraction extract(String body, LocalDate published) {
            String value = published == null ? "XXXX-XX-XX" : published.plusDays(1).toString();
            return new Extraction(published, false, List.of(),
                    List.of(new ExtractedDate("Tomorrow", value, "DATE", 0, 8, body, 0, body.length(), List.of())), List.of());
        }

        @Override
        public String version() {
            return "test";
        }
    };

    @TempDir
    Path dir;
    Database db;
    WindowState state;
    long changes;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("lib"));
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Tomorrow the talks resume.");
        new ImportService(db, TOMORROW, 1, Clock.systemUTC()).importPaths(List.of(dir.resolve("a.txt")), TaskContext.none());
        state = new WindowState();
        state.libraryRevisionProperty().addListener((o, a, b) -> changes++);
        state.selectArticle(new ArticleStore(db).listAll().get(0));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String tomorrowValue() {
        ArticleSummary a = state.getSelectedArticle();
        return new ExtractionStore(db).load(a.id()).dates().get(0).value();
    }

    @Test
    void settingTheDateResolvesRelativeDatesAgainAndReloadsTheViews() {
        PublishedDateViewModel vm = new PublishedDateViewModel(new ReextractService(db, TOMORROW), new CurrentThreadTaskExecutor(), state);
        assertTrue(vm.isAvailable());
        assertNull(vm.current());
        assertEquals("XXXX-XX-XX", tomorrowValue());

        vm.onSetPublished(LocalDate.of(2025, 4, 22));
        assertEquals("2025-04-23", tomorrowValue());
        assertEquals(LocalDate.of(2025, 4, 22), new ArticleStore(db).find(state.getSelectedArticle().id()).orElseThrow().published());
        assertEquals(1, changes);
        assertFalse(vm.busyProperty().get());

        vm.onSetPublished(null);
        assertNull(new ArticleStore(db).find(state.getSelectedArticle().id()).orElseThrow().published());
        assertEquals("XXXX-XX-XX", tomorrowValue());
    }

    @Test
    void withoutTheEngineNothingIsOffered() {
        PublishedDateViewModel vm = new PublishedDateViewModel(null, new CurrentThreadTaskExecutor(), state);
        assertFalse(vm.isAvailable());
        vm.onSetPublished(LocalDate.of(2025, 1, 1));
        assertEquals(0, changes);
    }
}
