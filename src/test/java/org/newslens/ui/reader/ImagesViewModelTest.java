package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Article;
import org.newslens.model.ArticleMeta;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;
import org.newslens.net.AddressPolicy;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;
import org.newslens.net.ImageLoader;
import org.newslens.net.TestImages;
import org.newslens.store.Database;
import org.newslens.store.SiteSettingsStore;
import org.newslens.task.CurrentThreadTaskExecutor;

/** The images of the open article, without a toolkit: a fake fetcher counts what is asked for. */
class ImagesViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private SiteSettingsStore sites;
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<Article> article = new SimpleObjectProperty<>();
    private ImagesViewModel<String> vm;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        sites = new SiteSettingsStore(db);
        byte[] png = TestImages.png(8, 6);
        Fetcher fetcher = r -> {
            fetched.add(r.uri().toString());
            return new FetchResponse(200, r.uri(), png, "image/png", null, null);
        };
        AddressPolicy everythingPublic = new AddressPolicy(host -> new InetAddress[] {InetAddress.getByName("203.0.113.7")});
        ImageLoader loader = new ImageLoader(fetcher, everythingPublic, ImageLoader.MAX_BYTES, ImageLoader.DEFAULT_CACHE_BYTES);
        vm = new ImagesViewModel<>(article, sites, () -> loader, (img, max) -> img.width() + "x" + img.height(),
                new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Article withImages(long id, String source, int images) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("The harbour wall was repaired before the storms."));
        for (int i = 0; i < images; i++) {
            blocks.add(new Block(Block.Kind.IMAGE, 0, "picture " + i, List.of(), "https://cdn.example.net/" + id + "/" + i + ".png"));
        }
        ArticleStructure s = new ArticleStructure(blocks);
        return new Article(id, "Harbour", source, null, false, Instant.EPOCH, s.plainText(), "h" + id, "v", ArticleMeta.NONE, s);
    }

    @Test
    void nothingIsFetchedUntilAskedAndAtMostFiftyPerArticle() {
        article.set(withImages(1, "https://www.example.com/harbour", 52));
        assertEquals(52, vm.countProperty().get());
        assertEquals("example.com", vm.siteProperty().get());
        assertEquals("52 images, not loaded", vm.statusProperty().get());
        assertTrue(fetched.isEmpty());
        assertTrue(vm.canLoadProperty().get());

        vm.onLoadImages();
        assertEquals(ImageLoader.MAX_PER_ARTICLE, fetched.size());
        assertEquals(ImagesViewModel.Status.LOADED, vm.state("https://cdn.example.net/1/0.png").status());
        assertEquals("8x6", vm.state("https://cdn.example.net/1/0.png").image());
        ImagesViewModel.ImageState<String> over = vm.state("https://cdn.example.net/1/51.png");
        assertEquals(ImagesViewModel.Status.FAILED, over.status());
        assertEquals("not loaded: more than 50 images in this article", over.reason());
        assertEquals("50 of 52 images loaded · 2 failed", vm.statusProperty().get());
        assertFalse(vm.canLoadProperty().get(), "nothing left that may be loaded");
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aSiteSetToAlwaysLoadsWithoutAskingAndOnlyThatSite() {
        sites.setLoadsImages("example.com", true);
        article.set(withImages(1, "https://example.com/a", 2));
        assertTrue(vm.alwaysProperty().get());
        assertEquals(2, fetched.size());
        assertEquals("2 images loaded", vm.statusProperty().get());

        article.set(withImages(2, "https://other.org/b", 2));
        assertFalse(vm.alwaysProperty().get());
        assertEquals(2, fetched.size(), "another site asks first");
        assertEquals(ImagesViewModel.Status.PLACEHOLDER, vm.state("https://cdn.example.net/2/0.png").status());

        article.set(withImages(3, "/home/me/saved.html", 1));
        assertEquals("", vm.siteProperty().get(), "a file has no site to remember");
        vm.onSetAlways(true);
        assertFalse(vm.alwaysProperty().get());
        assertEquals(2, fetched.size());
    }

    @Test
    void turningAlwaysOnLoadsTheOpenArticleAndIsSavedTurningItOffIsToo() {
        article.set(withImages(1, "https://example.com/a", 1));
        vm.onSetAlways(true);
        assertEquals(1, fetched.size());
        assertTrue(sites.loadsImages("example.com"));
        vm.onSetAlways(false);
        assertFalse(sites.loadsImages("example.com"));
        article.set(withImages(2, "https://example.com/b", 1));
        assertEquals(1, fetched.size(), "off: the next article asks first");
    }

    @Test
    void goingBackToAnArticleUsesTheCache() {
        article.set(withImages(1, "https://example.com/a", 3));
        vm.onLoadImages();
        article.set(withImages(2, "https://example.com/b", 1));
        article.set(withImages(1, "https://example.com/a", 3));
        assertEquals(ImagesViewModel.Status.PLACEHOLDER, vm.state("https://cdn.example.net/1/0.png").status());
        vm.onLoadImages();
        assertEquals(3, fetched.size());
        assertEquals("3 images loaded", vm.statusProperty().get());
    }

    @Test
    void leavingAnArticleStopsTheFetchItWasWaitingOnAndNothingElse() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        Fetcher slow = r -> {
            entered.countDown();
            try {
                Thread.sleep(30_000); // a server that never answers
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            throw new AssertionError("not interrupted");
        };
        AddressPolicy everythingPublic = new AddressPolicy(host -> new InetAddress[] {InetAddress.getByName("203.0.113.7")});
        ImageLoader loader = new ImageLoader(slow, everythingPublic, ImageLoader.MAX_BYTES, ImageLoader.DEFAULT_CACHE_BYTES);
        java.util.concurrent.BlockingQueue<Runnable> fx = new java.util.concurrent.LinkedBlockingQueue<>();
        try (org.newslens.task.ThreadPoolTaskExecutor one = new org.newslens.task.ThreadPoolTaskExecutor(1, fx::add)) {
            SimpleObjectProperty<Article> open = new SimpleObjectProperty<>();
            ImagesViewModel<String> images = new ImagesViewModel<>(open, sites, () -> loader, (img, max) -> "decoded", one);
            open.set(withImages(1, "https://example.com/a", 2));
            images.onLoadImages();
            assertTrue(entered.await(5, java.util.concurrent.TimeUnit.SECONDS));
            open.set(withImages(2, "https://example.com/b", 1)); // the user moves on
            assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "the waiting fetch is stopped");

            // The same worker then runs other work undisturbed.
            java.util.concurrent.CompletableFuture<String> next = new java.util.concurrent.CompletableFuture<>();
            one.execute(org.newslens.task.BackgroundTask.of("next", ctx -> {
                Thread.sleep(100);
                return "slept";
            }).onSuccess(next::complete).onFailure(next::completeExceptionally));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!next.isDone() && System.nanoTime() < deadline) {
                Runnable r = fx.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
            }
            assertEquals("slept", next.getNow("not done"));
            assertEquals(ImagesViewModel.Status.PLACEHOLDER, images.state("https://cdn.example.net/2/0.png").status());
        }
    }

    @Test
    void aFilesImagesReachOnlyPublicAddressesWhateverCanonicalAddressItNames() {
        ArticleStructure s = new ArticleStructure(List.of(Block.paragraph("Router settings explained."),
                new Block(Block.Kind.IMAGE, 0, "status", List.of(), "http://127.0.0.1/reboot.png")));
        article.set(new Article(9, "Router", "/home/me/saved.html", null, false, Instant.EPOCH, s.plainText(), "h9", "v",
                new ArticleMeta("http://127.0.0.1/admin", null, List.of(), null), s));
        assertEquals("127.0.0.1", vm.siteProperty().get(), "the site it names, for the setting");
        vm.onLoadImages();
        assertTrue(fetched.isEmpty(), "never requested");
        assertEquals("address 127.0.0.1 refused (loopback)", vm.state("http://127.0.0.1/reboot.png").reason());
    }
}
