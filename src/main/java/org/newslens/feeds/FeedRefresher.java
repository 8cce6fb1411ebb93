package org.newslens.feeds;

import org.newslens.model.FullPage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.library.ImportException;
import org.newslens.library.HtmlDecoder;
import org.newslens.library.ImportService;
import org.newslens.library.PageArticles;
import org.newslens.model.Article;
import org.newslens.model.NewArticle;
import org.newslens.net.FetchException;
import org.newslens.net.FetchRequest;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.store.FeedStore;
import org.newslens.store.FeedStore.Feed;
import org.newslens.store.LibraryException;
import org.newslens.store.Tx;
import org.newslens.task.TaskContext;
import org.newslens.web.PageExtractor;
import org.newslens.web.WebPage;

/**
 * Refreshes feeds: conditional GET through the {@link Fetcher}; a 304 or a document whose hash is
 * unchanged is not parsed again; each new item becomes an article (its linked page fetched and
 * cleaned when the item carries only a summary, per the feed's full-page mode) and is stored with
 * its feed_item row in one transaction; new articles are analysed after they are stored. A failure
 * is stored on the feed with its reason and the feed backs off; it is never dropped.
 * <p>Fetching and parsing run on a few threads; writes go through the library's one writer.
 */
public final class FeedRefresher {
    /** Under this many characters of summary (and no content), AUTOMATIC fetches the item's page. */
    static final int SHORT_SUMMARY = 1500;

    public enum Status { UPDATED, NOT_MODIFIED, UNCHANGED, FAILED, CANCELLED }

    /**
     * What one feed's refresh did.
     *
     * @param newArticles  items that became new articles
     * @param duplicates   new items that were already in the library (same URL or body): linked, not stored twice
     * @param itemFailures items that could not become articles, each with its reason
     * @param error        the feed's failure reason when {@code status} is FAILED
     */
    public record FeedResult(long feedId, String title, Status status, int newArticles, int duplicates,
                             List<String> itemFailures, String error) {
    }

    /** A whole refresh; {@code parsed} counts the documents actually parsed. */
    public record Report(List<FeedResult> feeds, int parsed, List<Long> newArticleIds, boolean cancelled) {
        public int newArticles() {
            return feeds.stream().mapToInt(FeedResult::newArticles).sum();
        }

        public int failed() {
            return (int) feeds.stream().filter(f -> f.status() == Status.FAILED).count();
        }

        public String headline() {
            return feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + " refreshed: " + newArticles() + " new "
                    + (newArticles() == 1 ? "article" : "articles") + ", " + failed() + " failed" + (cancelled ? " (cancelled)" : "");
        }
    }

    /** The outcome of subscribing: the feed, whether it was there already, and its first refresh. */
    public record Subscription(Feed feed, boolean alreadySubscribed, FeedResult firstRefresh) {
    }

    private final Database db;
    private final FeedStore feeds;
    private final Fetcher fetcher;
    private final Extractor extractor;
    private final Clock clock;
    private final int threads;
    private volatile java.util.function.IntConsumer onStored = n -> { };

    /**
     * @param extractor analyses new articles after they are stored (null: left for {@code reextract})
     * @param threads   feeds fetched and parsed at once
     */
    public FeedRefresher(Database db, Fetcher fetcher, Extractor extractor, Clock clock, int threads) {
        this.db = db;
        this.feeds = new FeedStore(db);
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.clock = clock;
        this.threads = Math.max(1, threads);
    }

    /**
     * Hears, on the refreshing thread, of every feed whose new articles were just committed (their
     * number), before they are analysed: the window shows them at once.
     */
    public FeedRefresher onStored(java.util.function.IntConsumer listener) {
        this.onStored = listener;
        return this;
    }

    // ---- subscribe

    /**
     * Subscribes to a feed or a site (autodiscovery), into {@code folder} (null: none), and stores its
     * items from the response already fetched.
     */
    public Subscription subscribe(URI url, String folder, TaskContext ctx) throws FetchException, FeedException, InterruptedException {
        var existing = feeds.findByUrl(url.toString());
        if (existing.isPresent()) return new Subscription(existing.get(), true, null);
        ctx.progress(0, -1, "Looking for the feed at " + url);
        FeedDiscovery.Found found = new FeedDiscovery(fetcher, clock).discover(url);
        existing = feeds.findByUrl(found.feedUrl().toString());
        if (existing.isPresent()) return new Subscription(existing.get(), true, null);
        Feed feed = feeds.add(found.feedUrl().toString(), found.feed().title(), found.feed().siteUrl(), folder, clock.instant());
        Prepared p = prepareParsed(feed, found.response(), found.feed(), ctx);
        List<Long> newIds = new ArrayList<>();
        FeedResult r = store(p, newIds);
        analyse(newIds, ctx);
        return new Subscription(feeds.find(feed.id()).orElse(feed), false, r);
    }

    // ---- refresh

    /** Refreshes every feed ({@code dueOnly}: only those the schedule says are due). */
    public Report refreshAll(boolean dueOnly, TaskContext ctx) {
        Instant now = clock.instant();
        List<Feed> list = feeds.feeds().stream().filter(f -> !dueOnly || FeedSchedule.isDue(f.nextFetch(), now)).toList();
        return refresh(list, ctx);
    }

    /** Refreshes one feed now, whatever its schedule. */
    public Report refreshOne(long feedId, TaskContext ctx) {
        Feed f = feeds.find(feedId).orElseThrow(() -> new IllegalArgumentException("no feed #" + feedId));
        return refresh(List.of(f), ctx);
    }

    public Report refresh(List<Feed> list, TaskContext ctx) {
        AtomicInteger parsed = new AtomicInteger();
        List<FeedResult> results = new ArrayList<>();
        List<Long> newIds = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, list.size())), r -> {
            Thread t = new Thread(r, "newslens-feeds");
            t.setDaemon(true);
            return t;
        });
        List<Future<Prepared>> ahead = new ArrayList<>();
        boolean cancelled = false;
        int window = 2 * threads; // fetched and parsed ahead of the writes, no more: memory stays flat for 10,000 feeds
        try {
            for (int i = 0; i < list.size(); i++) {
                while (ahead.size() < list.size() && ahead.size() < i + window) {
                    Feed next = list.get(ahead.size());
                    ahead.add(pool.submit(() -> prepare(next, parsed, ctx)));
                }
                Feed f = list.get(i);
                if (ctx.isCancelled()) {
                    cancelled = true;
                    break;
                }
                ctx.progress(i, list.size(), "Refreshing " + f.displayTitle() + " (" + (i + 1) + " of " + list.size() + ")");
                Prepared p = await(ahead.get(i), f);
                if (ctx.isCancelled()) {
                    cancelled = true;
                    break;
                }
                results.add(store(p, newIds));
                ahead.set(i, null); // done: let it go
            }
        } finally {
            ahead.stream().filter(java.util.Objects::nonNull).forEach(fu -> fu.cancel(true));
            pool.shutdownNow();
        }
        if (!cancelled) cancelled = !analyse(newIds, ctx);
        ctx.progress(1, 1, "Done");
        return new Report(List.copyOf(results), parsed.get(), List.copyOf(newIds), cancelled);
    }

    // ---- prepare: fetch, parse, make articles (off the writer)

    /** One new item made ready for its write. */
    private record PreparedItem(FeedItem item, String link, String pageUrl, NewArticle article, String hash, String error,
                                boolean retry) {
    }

    private record Prepared(Feed feed, Status status, FetchResponse response, ParsedFeed parsed, String bodyHash,
                            List<PreparedItem> items, String error, Instant retryAfter) {
    }

    private Prepared prepare(Feed f, AtomicInteger parsed, TaskContext ctx) throws InterruptedException {
        FetchResponse r;
        try {
            r = fetcher.fetch(new FetchRequest(URI.create(f.url()), f.etag(), f.lastModified(), FeedDiscovery.ACCEPT));
        } catch (FetchException e) {
            return failed(f, e.reason(), e.retryAfter());
        } catch (RuntimeException e) {
            return failed(f, oneLine(e), null);
        }
        if (r.notModified()) return new Prepared(f, Status.NOT_MODIFIED, r, null, null, List.of(), null, null);
        String hash = FeedParser.sha256(r.body());
        if (hash.equals(f.bodyHash())) return new Prepared(f, Status.UNCHANGED, r, null, hash, List.of(), null, null);
        ParsedFeed pf;
        try {
            parsed.incrementAndGet();
            pf = FeedParser.parse(r.body(), r.contentType(), r.finalUri(), clock.instant());
        } catch (FeedException e) {
            return failed(f, e.reason(), null);
        }
        return prepareParsed(f, r, pf, ctx);
    }

    private static Prepared failed(Feed f, String reason, Instant retryAfter) {
        return new Prepared(f, Status.FAILED, null, null, null, List.of(), reason, retryAfter);
    }

    private Prepared prepareParsed(Feed f, FetchResponse r, ParsedFeed pf, TaskContext ctx) throws InterruptedException {
        Set<String> known = feeds.guids(f.id());
        List<PreparedItem> items = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (FeedItem item : pf.items()) {
            if (known.contains(item.guid()) || !seen.add(item.guid())) continue;
            if (ctx.isCancelled()) break;
            items.add(prepareItem(f, pf, item));
        }
        return new Prepared(f, Status.UPDATED, r, pf, FeedParser.sha256(r.body()), items, null, null);
    }

    private PreparedItem prepareItem(Feed f, ParsedFeed pf, FeedItem item) throws InterruptedException {
        String link = FeedUrls.canonical(item.link());
        if (FeedUrls.identifiesArticle(link) && feeds.articleByUrl(link).isPresent()) {
            return new PreparedItem(item, link, null, null, null, null, false); // the same article under a new guid
        }
        String ownHtml = item.content() != null ? item.content() : item.summary();
        WebPage page = null;
        String pageError = null;
        if (link != null && wantsPage(f.fullPage(), item)) {
            try {
                page = fetchPage(URI.create(item.link()));
            } catch (FetchException e) {
                pageError = "page " + e.reason();
            } catch (ImportException e) {
                pageError = "page: " + e.getMessage();
            } catch (RuntimeException e) {
                pageError = "page: " + oneLine(e);
            }
        }
        WebPage own = new WebPage(item.title(), item.authors(), pf.title().isBlank() ? null : pf.title(), link, null,
                item.published(), PageExtractor.fragment(ownHtml, item.link()));
        WebPage chosen = page != null && !page.text().isBlank() ? merge(page, own) : own;
        String fallback = link != null ? link : f.url() + "#" + item.guid();
        try {
            NewArticle a = PageArticles.from(chosen, fallback);
            String pageUrl = chosen == own ? null : FeedUrls.canonical(chosen.url());
            return new PreparedItem(item, link, pageUrl, a, ImportService.contentHash(a.body()), null, false);
        } catch (ImportException e) {
            String why = pageError != null ? e.getMessage() + " (" + pageError + ")" : e.getMessage();
            return new PreparedItem(item, link, null, null, null, why, pageError != null);
        }
    }

    static boolean wantsPage(FullPage mode, FeedItem item) {
        return switch (mode) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTOMATIC -> item.content() == null
                    && (item.summary() == null || PageExtractor.fragment(item.summary(), null).plainText().length() < SHORT_SUMMARY);
        };
    }

    private WebPage fetchPage(URI link) throws FetchException, ImportException, InterruptedException {
        FetchResponse r = fetcher.fetch(new FetchRequest(link, null, null, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"));
        return PageExtractor.extract(HtmlDecoder.decode(r.body(), r.contentType()), r.finalUri().toString());
    }

    /** The page's cleaned body; the item's own title, date and authors where the page gives none. */
    private static WebPage merge(WebPage page, WebPage item) {
        String title = !item.title().isBlank() ? item.title() : page.title();
        return new WebPage(title, page.authors().isEmpty() ? item.authors() : page.authors(),
                page.site() != null ? page.site() : item.site(), FeedUrls.canonical(page.url()) != null ? FeedUrls.canonical(page.url()) : item.url(),
                page.language(), item.published() != null ? item.published() : page.published(), page.structure());
    }

    private static Prepared await(Future<Prepared> fu, Feed f) {
        try {
            return fu.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(f, "interrupted", null);
        } catch (ExecutionException e) {
            return failed(f, oneLine(e.getCause()), null);
        }
    }

    // ---- store: one transaction per item, then the feed's state

    private FeedResult store(Prepared p, List<Long> newIds) {
        Feed f = p.feed();
        Instant now = clock.instant();
        if (p.status() == Status.FAILED) {
            int failures = f.failures() + 1;
            feeds.recordFailure(f.id(), p.error(), now, FeedSchedule.nextFetch(now, f.refreshMinutes(), failures, p.retryAfter()));
            return new FeedResult(f.id(), f.displayTitle(), Status.FAILED, 0, 0, List.of(), p.error());
        }
        String title = p.parsed() == null ? null : p.parsed().title();
        String site = p.parsed() == null ? null : p.parsed().siteUrl();
        FetchResponse r = p.response();
        List<String> itemFailures = new ArrayList<>();
        boolean[] retry = {false};
        for (PreparedItem it : p.items()) {
            if (it.error() != null) {
                itemFailures.add(label(it.item()) + ": " + it.error());
                retry[0] |= it.retry();
            }
        }
        // One transaction for the feed (one durable commit), a savepoint per item: an item that fails to
        // store is rolled back alone, never half stored, and the others go in.
        List<Long> added = new ArrayList<>();
        int dups;
        try {
            dups = db.inWrite(tx -> {
                int d = 0;
                for (PreparedItem it : p.items()) {
                    if (it.error() != null) continue;
                    try {
                        long id = tx.savepoint(t -> storeItem(t, f, it, now));
                        if (id > 0) added.add(id);
                        else if (id == DUPLICATE) d++;
                    } catch (RuntimeException e) {
                        itemFailures.add(label(it.item()) + ": " + oneLine(e));
                        retry[0] = true;
                    }
                }
                // An item that failed for a passing reason (its page or the library) is tried again next time:
                // the document's hash and validators are then not kept, so the next refresh parses it again.
                String hash = retry[0] ? null : p.bodyHash();
                String etag = retry[0] ? null : r.etag();
                String lastModified = retry[0] ? null : r.lastModified();
                if (r.notModified()) {
                    etag = r.etag() != null ? r.etag() : f.etag();
                    lastModified = r.lastModified() != null ? r.lastModified() : f.lastModified();
                }
                FeedStore.recordSuccess(tx, f.id(), title, site, etag, lastModified, hash, now,
                        FeedSchedule.nextFetch(now, f.refreshMinutes(), 0, null));
                return d;
            });
        } catch (LibraryException e) {
            feeds.recordFailure(f.id(), "could not store: " + oneLine(e), now, FeedSchedule.nextFetch(now, f.refreshMinutes(), f.failures() + 1, null));
            return new FeedResult(f.id(), f.displayTitle(), Status.FAILED, 0, 0, List.copyOf(itemFailures), "could not store: " + oneLine(e));
        }
        newIds.addAll(added);
        if (!added.isEmpty()) onStored.accept(added.size());
        return new FeedResult(f.id(), title != null && !title.isBlank() ? title : f.displayTitle(), p.status(), added.size(), dups,
                List.copyOf(itemFailures), null);
    }

    private static final long DUPLICATE = -1;
    private static final long KNOWN = 0;

    /** Stores one item: the id of its new article, or {@link #DUPLICATE} (linked to an existing one), or {@link #KNOWN}. */
    private static long storeItem(Tx c, Feed f, PreparedItem it, Instant now) {
        if (FeedStore.hasItem(c, f.id(), it.item().guid())) return KNOWN;
        OptionalLong existing = FeedUrls.identifiesArticle(it.link()) ? FeedStore.articleByUrl(c, it.link()) : OptionalLong.empty();
        if (existing.isEmpty() && FeedUrls.identifiesArticle(it.pageUrl())) existing = FeedStore.articleByUrl(c, it.pageUrl());
        if (existing.isEmpty() && it.hash() != null) existing = ArticleStore.findByHash(c, it.hash());
        if (existing.isPresent()) {
            FeedStore.insertItem(c, f.id(), it.item().guid(), it.link(), existing.getAsLong(), now);
            return DUPLICATE;
        }
        if (it.article() == null) return KNOWN; // its URL's article went away meanwhile: next refresh
        long id = ArticleStore.insert(c, it.article(), it.hash(), false, null, now);
        FeedStore.insertItem(c, f.id(), it.item().guid(), it.link(), id, now);
        return id;
    }

    /** Analyses new articles one by one; false when cancelled (the rest wait for {@code reextract}). */
    private boolean analyse(List<Long> ids, TaskContext ctx) {
        if (extractor == null) return true;
        ArticleStore articles = new ArticleStore(db);
        for (int i = 0; i < ids.size(); i++) {
            if (ctx.isCancelled()) return false;
            long id = ids.get(i);
            ctx.progress(i, ids.size(), "Analysing new article " + (i + 1) + " of " + ids.size());
            Article a = articles.find(id).orElse(null);
            if (a == null) continue;
            try {
                Extraction e = extractor.extract(a.body(), a.published());
                db.write(c -> {
                    ExtractionStore.save(c, id, a.body(), e, extractor.version());
                    return null;
                });
            } catch (RuntimeException e) {
                // left unanalysed: reextract picks it up
            }
        }
        return true;
    }

    private static String label(FeedItem item) {
        return item.title().isBlank() ? item.guid() : "\u201c" + item.title() + "\u201d";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }
}
