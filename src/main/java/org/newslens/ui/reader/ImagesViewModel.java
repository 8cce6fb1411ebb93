package org.newslens.ui.reader;

import java.net.URI;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.newslens.model.Article;
import org.newslens.model.Block;
import org.newslens.net.ImageException;
import org.newslens.net.ImageLoader;
import org.newslens.net.LoadedImage;
import org.newslens.store.SiteSettingsStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;

/**
 * The open article's images: placeholders until the user asks ("Load images"), or at once when the
 * article's site is set to "always load images". Nothing is fetched otherwise. Images load in the
 * background, two at a time, and each shows (or says why it failed) as soon as it is done; an article
 * left before its images arrive drops them. {@code I} is the decoded image ({@code javafx.scene.image.Image}
 * in the window), so that tests need no toolkit.
 */
public final class ImagesViewModel<I> {
    /** Turns fetched bytes into an image; decodes off the FX thread. */
    @FunctionalInterface
    public interface Decoder<I> {
        /** The decoded image, at most {@code maxWidth} pixels wide (scaled down, ratio kept). */
        I decode(LoadedImage image, int maxWidth) throws Exception;
    }

    /** Where one image is. */
    public enum Status { PLACEHOLDER, LOADING, LOADED, FAILED }

    /** One image's state: its decoded image when LOADED, the reason when FAILED. */
    public record ImageState<I>(Status status, I image, String reason) {
        static <I> ImageState<I> placeholder() {
            return new ImageState<>(Status.PLACEHOLDER, null, null);
        }
    }

    /** Images are decoded no wider than this: the reading column at the largest text size, with room (1400 × 1000 is 5.6 MB decoded). */
    static final int DECODE_WIDTH = 1400;
    private static final int AT_ONCE = 2;

    private final SiteSettingsStore sites;
    private final Supplier<ImageLoader> loader;
    private final Decoder<I> decoder;
    private final TaskExecutor executor;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ReadOnlyStringWrapper site = new ReadOnlyStringWrapper(this, "site", "");
    private final ReadOnlyBooleanWrapper always = new ReadOnlyBooleanWrapper(this, "always", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper canLoad = new ReadOnlyBooleanWrapper(this, "canLoad", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableMap<String, ImageState<I>> states = FXCollections.observableHashMap();
    private final ObservableMap<String, ImageState<I>> readOnlyStates = FXCollections.unmodifiableObservableMap(states);
    private final List<TaskHandle> running = new ArrayList<>();
    /** The fetches of the open article's images, stopped when the article is left. */
    private final List<Interrupter> fetching = new ArrayList<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private List<String> sources = List.of();
    private URI page;
    /** Bumped when the article changes: late results of the one before are dropped. */
    private long generation;
    private int done;
    private int batch;

    /**
     * @param article the reader's open article (its one load), followed here
     * @param loader  the image loader, asked for on the first load
     */
    public ImagesViewModel(ObservableValue<Article> article, SiteSettingsStore sites, Supplier<ImageLoader> loader,
                           Decoder<I> decoder, TaskExecutor executor) {
        this.sites = sites;
        this.loader = loader;
        this.decoder = decoder;
        this.executor = executor;
        article.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id() || !sourcesOf(old).equals(sourcesOf(now))) {
                show(now);
            }
        });
        show(article.getValue());
    }

    /** The distinct image addresses of an article, in order. */
    static List<String> sourcesOf(Article a) {
        if (a == null || a.structure() == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Block b : a.structure().blocks()) {
            if (b.kind() == Block.Kind.IMAGE && b.src() != null && !b.src().isBlank()) {
                out.add(b.src());
            }
        }
        return List.copyOf(out);
    }

    /** How many distinct images the open article has (0: no bar). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The open article's site ("example.com"), or "" for an article from a file. */
    public ReadOnlyStringProperty siteProperty() {
        return site.getReadOnlyProperty();
    }

    /** Whether the site's images load without asking. */
    public ReadOnlyBooleanProperty alwaysProperty() {
        return always.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when some image is not shown and could be loaded (now). */
    public ReadOnlyBooleanProperty canLoadProperty() {
        return canLoad.getReadOnlyProperty();
    }

    /** Done of the images being loaded, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line: "3 images, not loaded", "Loading images… 1 of 3", "2 of 3 images loaded · 1 failed". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Each image's state by its address (as in the article's blocks). */
    public ObservableMap<String, ImageState<I>> images() {
        return readOnlyStates;
    }

    /** The state of the image at {@code src}: a placeholder when it is not one of the open article's. */
    public ImageState<I> state(String src) {
        ImageState<I> s = src == null ? null : states.get(src);
        return s != null ? s : ImageState.placeholder();
    }

    private void show(Article a) {
        generation++;
        running.forEach(TaskHandle::cancel);
        running.clear();
        fetching.forEach(Interrupter::interrupt);
        fetching.clear();
        queue.clear();
        states.clear();
        sources = sourcesOf(a);
        sources.forEach(src -> states.put(src, ImageState.placeholder()));
        count.set(sources.size());
        Optional<String> web = a == null ? Optional.empty() : webAddress(a);
        // The reach of the images is that of the address the article came from; a file's canonical
        // address is only what the page says, so a file's images reach public addresses only.
        page = a != null && SiteSettingsStore.siteOf(a.source()).isPresent() ? uri(a.source()) : null;
        site.set(web.flatMap(SiteSettingsStore::siteOf).orElse(""));
        always.set(false);
        loading.set(false);
        refresh();
        if (sources.isEmpty() || site.get().isEmpty()) {
            return;
        }
        long mine = generation;
        String s = site.get();
        running.add(executor.execute(BackgroundTask.of("Site settings", ctx -> sites.loadsImages(s))
                .onSuccess(on -> {
                    if (mine == generation) {
                        always.set(on);
                        if (on) {
                            onLoadImages();
                        }
                    }
                })));
    }

    /** The article's web address for its site: where it was fetched from, else its canonical address. */
    private static Optional<String> webAddress(Article a) {
        if (SiteSettingsStore.siteOf(a.source()).isPresent()) {
            return Optional.of(a.source());
        }
        return Optional.ofNullable(a.meta().url()).filter(u -> SiteSettingsStore.siteOf(u).isPresent());
    }

    private static URI uri(String s) {
        try {
            return new URI(s.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** "Load images": fetches every image not shown yet (up to {@link ImageLoader#MAX_PER_ARTICLE}). */
    public void onLoadImages() {
        if (loading.get() || sources.isEmpty()) {
            return;
        }
        queue.clear();
        done = 0;
        for (int i = 0; i < sources.size(); i++) {
            String src = sources.get(i);
            if (state(src).status() == Status.LOADED) {
                continue;
            }
            if (i >= ImageLoader.MAX_PER_ARTICLE) {
                states.put(src, new ImageState<>(Status.FAILED, null,
                        "not loaded: more than " + ImageLoader.MAX_PER_ARTICLE + " images in this article"));
                continue;
            }
            states.put(src, new ImageState<>(Status.LOADING, null, null));
            queue.add(src);
        }
        batch = queue.size();
        if (batch == 0) {
            refresh();
            return;
        }
        loading.set(true);
        refresh();
        for (int i = 0; i < AT_ONCE; i++) {
            next();
        }
    }

    private void next() {
        String src = queue.poll();
        if (src == null) {
            return;
        }
        long mine = generation;
        URI from = page;
        TaskHandle[] handle = new TaskHandle[1];
        Interrupter stop = new Interrupter();
        fetching.add(stop);
        handle[0] = executor.execute(BackgroundTask.<I>of("Load image", ctx -> {
                    URI u = uri(src);
                    if (u == null) {
                        throw new ImageException("not a valid address", null);
                    }
                    if (ctx.isCancelled()) {
                        throw new java.util.concurrent.CancellationException(); // the article was left before its turn
                    }
                    LoadedImage bytes = stop.run(() -> loader.get().load(u, from));
                    if (ctx.isCancelled()) {
                        throw new java.util.concurrent.CancellationException();
                    }
                    try {
                        return Objects.requireNonNull(decoder.decode(bytes, DECODE_WIDTH), "no image");
                    } catch (Exception e) {
                        throw new ImageException("could not be decoded", e);
                    }
                })
                .onSuccess(img -> finished(mine, handle[0], stop, src, new ImageState<>(Status.LOADED, img, null)))
                .onFailure(e -> finished(mine, handle[0], stop, src, new ImageState<>(Status.FAILED, null, reason(e)))));
        if (mine == generation && !handle[0].isDone()) {
            running.add(handle[0]);
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof ImageException ie) {
            return ie.reason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void finished(long mine, TaskHandle handle, Interrupter stop, String src, ImageState<I> result) {
        if (mine != generation) {
            return;
        }
        running.remove(handle);
        fetching.remove(stop);
        states.put(src, result);
        done++;
        if (done >= batch) {
            loading.set(false);
        } else {
            next();
        }
        refresh();
    }

    /** "Always for this site", on or off; saved in the library. On also loads the open article's images. */
    public void onSetAlways(boolean on) {
        String s = site.get();
        if (s.isEmpty() || on == always.get()) {
            return;
        }
        always.set(on);
        long mine = generation;
        executor.execute(BackgroundTask.of("Site settings", ctx -> {
                    sites.setLoadsImages(s, on);
                    return on;
                })
                .onFailure(e -> {
                    if (mine == generation && s.equals(site.get())) {
                        always.set(!on);
                        status.set("The setting was not saved: " + reason(e));
                    }
                }));
        if (on) {
            onLoadImages();
        }
    }

    private void refresh() {
        int n = sources.size();
        int loaded = 0;
        int failed = 0;
        for (String src : sources) {
            Status st = state(src).status();
            if (st == Status.LOADED) loaded++;
            if (st == Status.FAILED) failed++;
        }
        canLoad.set(!loading.get() && loaded < Math.min(n, ImageLoader.MAX_PER_ARTICLE));
        progress.set(batch == 0 ? 0 : (double) done / batch);
        if (n == 0) {
            status.set("");
        } else if (loading.get()) {
            status.set("Loading images… " + done + " of " + batch);
        } else if (loaded == 0 && failed == 0) {
            status.set(n == 1 ? "1 image, not loaded" : n + " images, not loaded");
        } else if (loaded == n) {
            status.set(n == 1 ? "1 image loaded" : n + " images loaded");
        } else {
            status.set(loaded + " of " + n + " images loaded" + (failed > 0 ? " · " + failed + " failed" : ""));
        }
    }
}
