package org.newslens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.library.ImportService;
import org.newslens.net.FetchException;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;

/** Opening a web address from the window's view model, with a fake {@link Fetcher}: no network, no toolkit. */
class OpenUrlViewModelTest {
    @TempDir
    Path dir;
    Database db;
    final List<URI> asked = new ArrayList<>();
    final List<ImportSummary> finished = new ArrayList<>();

    final Fetcher fake = request -> {
        asked.add(request.uri());
        if (request.uri().getPath().equals("/gone")) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, 410, null, "410 Gone", null);
        }
        byte[] html = "<html><head><title>Dam repairs finished</title></head><body><p>Repairs to the dam ended on Friday, three weeks later than planned, the regional water authority said in a statement.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(200, request.uri(), html, "text/html; charset=utf-8", null, null);
    };

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportViewModel vm(Fetcher fetcher) {
        return new ImportViewModel(db, new ImportService(db, null, 1, Clock.systemUTC(), fetcher), new CurrentThreadTaskExecutor(),
                finished::add);
    }

    @Test
    void anOpenedPageIsStoredAndSelectedAFailureIsSummarised() {
        ImportViewModel vm = vm(fake);
        assertTrue(vm.opensWebAddresses());
        assertTrue(vm.onOpenUrl(URI.create("https://example.org/dam")));
        assertEquals(List.of(URI.create("https://example.org/dam")), asked);
        ImportSummary done = finished.get(0);
        assertEquals(1, done.imported());
        assertEquals("Dam repairs finished", new ArticleStore(db).find(done.selectId()).orElseThrow().title());
        assertFalse(vm.runningProperty().get());

        assertTrue(vm.onOpenUrl(URI.create("https://example.org/gone")));
        ImportSummary failed = finished.get(1);
        assertEquals(List.of("gone — 410 Gone"), failed.failures());
        assertEquals(1, new ArticleStore(db).count());
    }

    @Test
    void withoutAFetcherAddressesAreNotOffered() {
        ImportViewModel vm = vm(null);
        assertFalse(vm.opensWebAddresses());
        assertFalse(vm.onOpenUrl(URI.create("https://example.org/dam")));
        assertTrue(finished.isEmpty());
    }
}
