package org.newslens.ui.feeds;

import org.newslens.model.FullPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.extract.Extractor;
import org.newslens.feeds.FeedException;
import org.newslens.feeds.FeedRefresher;
import org.newslens.feeds.FeedUrls;
import org.newslens.feeds.Subscriptions;
import org.newslens.net.FetchException;
import org.newslens.net.Fetcher;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.task.TaskViewModel;

/**
 * The sources pane and the feed commands of the window: the tree of folders and feeds, subscribe,
 * refresh (one, all, or those due by the schedule) with progress and cancel, unsubscribe, OPML
 * import and export. One feed task at a time; everything runs on the {@link TaskExecutor}.
 * {@code afterNewArticles} hears of every finished task (the window reloads its list).
 */
public final class FeedsViewModel extends TaskViewModel {
    private final Database db;
    private final FeedStore store;
    private final Supplier<Fetcher> fetcher;
    private final Extractor extractor;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Runnable afterNewArticles;
    private final ReadOnlyObjectWrapper<List<SourceNode>> sources = new ReadOnlyObjectWrapper<>(this, "sources", List.of());
    private final ReadOnlyStringWrapper subscribeError = new ReadOnlyStringWrapper(this, "subscribeError");

    /** @param fetcher the network client, asked for only when a feed is fetched */
    public FeedsViewModel(Database db, Supplier<Fetcher> fetcher, Extractor extractor, TaskExecutor executor, Clock clock,
                          Runnable afterNewArticles) {
        this.db = db;
        this.store = new FeedStore(db);
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.executor = executor;
        this.clock = clock;
        this.afterNewArticles = afterNewArticles;
    }

    /** Folders and feeds, as the pane shows them. */
    public ReadOnlyObjectProperty<List<SourceNode>> sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    /** Why the last subscribe failed (for the dialog), or null. */
    public ReadOnlyStringProperty subscribeErrorProperty() {
        return subscribeError.getReadOnlyProperty();
    }

    /** Reloads the tree from the library. */
    public void onReload() {
        executor.execute(BackgroundTask.of("Loading feeds", ctx -> SourceNode.tree(store.folders(), store.listings(), store.folderCounts()))
                .onSuccess(sources::set)
                .onFailure(e -> task.setMessage("Could not load the feeds: " + e.getMessage())));
    }

    /** Subscribes to a feed or a site; false (nothing started) when another feed task runs or the address is not one. */
    public boolean onSubscribe(String url, String folder) {
        subscribeError.set(null);
        URI uri;
        try {
            uri = FeedUrls.parseUserUrl(url);
        } catch (IllegalArgumentException e) {
            subscribeError.set(e.getMessage());
            return false;
        }
        String f = folder == null || folder.isBlank() ? null : folder.strip();
        return begin("Subscribing to " + uri, ctx -> {
            try {
                FeedRefresher.Subscription s = refresher().subscribe(uri, f, ctx);
                if (s.alreadySubscribed()) return new Outcome("Already subscribed to " + s.feed().displayTitle(), null);
                return new Outcome("Subscribed to " + s.feed().displayTitle() + ": " + s.firstRefresh().newArticles() + " new articles", null);
            } catch (FetchException e) {
                return new Outcome("Could not subscribe to " + uri + ": " + e.reason(), e.reason());
            } catch (FeedException e) {
                return new Outcome("Could not subscribe to " + uri + ": " + e.reason(), e.reason());
            }
        });
    }

    /** What a feed task says when it ends; {@code subscribeError} only for a failed subscribe. */
    private record Outcome(String message, String subscribeError) {
    }

    /** Refreshes every feed now (Ctrl+R). */
    public boolean onRefreshAll() {
        return start("Refreshing feeds…", ctx -> refresher().refreshAll(false, ctx).headline());
    }

    /** Refreshes the feeds the schedule says are due; quietly nothing when another task runs. */
    public boolean onRefreshDue() {
        if (task.isRunning()) return false;
        return start("Refreshing feeds…", ctx -> {
            FeedRefresher.Report r = refresher().refreshAll(true, ctx);
            return r.feeds().isEmpty() ? "" : r.headline();
        });
    }

    public boolean onRefresh(long feedId) {
        return start("Refreshing feed…", ctx -> refresher().refreshOne(feedId, ctx).headline());
    }

    public void onRemove(long feedId) {
        executor.execute(BackgroundTask.of("Unsubscribing", ctx -> store.remove(feedId))
                .onSuccess(done -> onReload())
                .onFailure(e -> task.setMessage("Could not unsubscribe: " + e.getMessage())));
    }

    /** The "Fetch full pages" choices, in menu order, for {@link #onSetFullPage(long, int)}. */
    public List<String> fullPageChoices() {
        return java.util.Arrays.stream(FullPage.values()).map(m -> switch (m) {
            case AUTOMATIC -> "Automatic (when an item has only a short summary)";
            case ALWAYS -> "Always";
            case NEVER -> "Never";
        }).toList();
    }

    /** Sets the full-page mode to the {@code choice}-th of {@link #fullPageChoices()}. */
    public void onSetFullPage(long feedId, int choice) {
        onSetFullPage(feedId, FullPage.values()[choice]);
    }

    public void onSetFullPage(long feedId, FullPage mode) {
        executor.execute(BackgroundTask.of("Full-page mode", ctx -> {
            store.setFullPage(feedId, mode);
            return mode;
        }).onFailure(e -> task.setMessage(e.getMessage())));
    }

    public boolean onImportOpml(Path file) {
        return start("Importing " + file.getFileName(), ctx -> {
            try {
                return new Subscriptions(db, clock).importOpml(file).headline();
            } catch (FeedException e) {
                return "Could not import " + file.getFileName() + ": " + e.reason();
            }
        });
    }

    public void onExportOpml(Path file) {
        executor.execute(BackgroundTask.of("Exporting subscriptions", ctx -> {
            String opml = new Subscriptions(db, clock).exportOpml();
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".newslens-", ".opml");
            try {
                Files.writeString(tmp, opml, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return "Wrote " + file.getFileName();
        }).onSuccess(task::setMessage).onFailure(e -> task.setMessage("Could not export: " + e.getMessage())));
    }

    public void onCancel() {
        task.cancel();
    }

    /** Articles committed by the running task and not yet shown; the list reloads at most every second while it runs. */
    private final java.util.concurrent.atomic.AtomicInteger storedUnseen = new java.util.concurrent.atomic.AtomicInteger();
    private long lastShown;

    private FeedRefresher refresher() {
        return new FeedRefresher(db, fetcher.get(), extractor, clock, 4).onStored(storedUnseen::addAndGet);
    }

    /** On the FX thread, at each progress report: new articles stored meanwhile appear in the list. */
    private void showStored() {
        long now = System.nanoTime();
        if (storedUnseen.get() > 0 && now - lastShown > 1_000_000_000L) {
            storedUnseen.set(0);
            lastShown = now;
            afterNewArticles.run();
        }
    }

    private boolean start(String first, BackgroundTask.Work<String> work) {
        return begin(first, ctx -> new Outcome(work.run(ctx), null));
    }

    private boolean begin(String first, BackgroundTask.Work<Outcome> work) {
        return task.task("Feeds", first, work)
                .onProgress(p -> showStored())
                .onSuccess(o -> {
                    subscribeError.set(o.subscribeError());
                    finish(o.message());
                })
                .onCancelled(() -> finish("Cancelled"))
                .onFailure(e -> finish(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))
                .start(executor);
    }

    private void finish(String m) {
        storedUnseen.set(0);
        task.setMessage(m);
        onReload();
        afterNewArticles.run();
    }
}
