package org.newslens.ui.main;

import java.time.Clock;
import java.util.function.Supplier;
import org.newslens.extract.Extractor;
import org.newslens.feeds.Fetchers;
import org.newslens.net.Fetcher;
import org.newslens.ui.feeds.FeedsViewModel;
import org.newslens.library.ImportService;
import org.newslens.library.ReextractService;
import org.newslens.ui.reader.PublishedDateViewModel;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleRemoval;
import org.newslens.store.ArticleSearch;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.actors.ActorCorrections;
import org.newslens.ui.articles.ArticleListViewModel;
import org.newslens.ui.articles.RemovalViewModel;
import org.newslens.ui.filter.FilterViewModel;
import org.newslens.ui.timeline.TimelineViewModel;
import org.newslens.ui.importing.ImportSummary;
import org.newslens.ui.importing.ImportViewModel;
import org.newslens.ui.importing.ReanalyseViewModel;
import org.newslens.ui.notes.NotesViewModel;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.prefs.PreferencesStore;
import org.newslens.ui.reader.ImagesViewModel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.net.ImageLoader;
import org.newslens.store.SiteSettingsStore;
import org.newslens.ui.sidebar.SidebarContent;
import org.newslens.ui.sidebar.SidebarViewModel;
import org.newslens.ui.state.WindowState;
import org.newslens.store.ReadingStore;
import org.newslens.ui.timing.Scheduler;
import org.newslens.ui.sources.ReadingViewModel;
import org.newslens.ui.sources.SourcesViewModel;

/**
 * The window's view models around one {@link WindowState}, wired together: a finished import
 * reloads the list and selects what it brought in; the filter, corrections to actors and the
 * selection flow through the state to the list, reader, sidebar and timeline.
 */
public final class MainViewModel {
    private final WindowState state = new WindowState();
    private final ArticleListViewModel articles;
    private final ReaderViewModel reader;
    private final SidebarViewModel sidebar;
    private final ImportViewModel importing;
    private final FilterViewModel filter;
    private final TimelineViewModel timeline;
    private final NotesViewModel notes;
    private final PublishedDateViewModel publishedDate;
    private final ActorCorrections corrections;
    private final SourcesViewModel sources;
    private final ReadingViewModel reading;

    /** How long an article is open before it counts as read. */
    public static final java.time.Duration READ_AFTER = ReadingViewModel.READ_AFTER;
    private final RemovalViewModel removal;
    private final LibraryWatcher watcher;
    private Long restore;
    private final ReanalyseViewModel reanalyse;
    private final FeedsViewModel feeds;
    private final Supplier<ImageLoader> imageLoader;
    private final SiteSettingsStore siteSettings;
    private final TaskExecutor executor;

    /** Without extraction, preferences beside the library: for tests of the window's own behaviour. */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent) {
        this(db, executor, sidebarContent, new ImportService(db), null,
                new PreferencesModel(PreferencesStore.inLibrary(db.file().toAbsolutePath().getParent())));
    }

    /**
     * {@code importer} reads, analyses and stores imported articles (in the app: with the NLP engine);
     * {@code extractor} re-resolves dates when the user sets a publication date (null: not offered);
     * {@code preferences} is the window's one preferences model.
     */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent, ImportService importer,
                         Extractor extractor, PreferencesModel preferences) {
        this(db, executor, sidebarContent, importer, extractor, preferences, Fetchers::system, Scheduler.fx());
    }

    /** As the app, but the open article is read after a moment on {@code readAfter} (null: only by hand); preferences beside the library. */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent, ImportService importer,
                         Extractor extractor, Scheduler readAfter) {
        this(db, executor, sidebarContent, importer, extractor,
                new PreferencesModel(PreferencesStore.inLibrary(db.file().toAbsolutePath().getParent())), Fetchers::system, readAfter);
    }

    /** As the app, with {@code fetcher} for feeds (asked for when a feed is first fetched) and the open article read after a moment. */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent, ImportService importer,
                         Extractor extractor, PreferencesModel preferences, Supplier<Fetcher> fetcher) {
        this(db, executor, sidebarContent, importer, extractor, preferences, fetcher, Scheduler.fx());
    }

    /**
     * {@code fetcher} gives the network client for feeds, asked for when a feed is first fetched;
     * {@code readAfter} is where the open article's read-after-a-moment waits (null: only by hand).
     */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent, ImportService importer,
                         Extractor extractor, PreferencesModel preferences, Supplier<Fetcher> fetcher, Scheduler readAfter) {
        ArticleStore store = new ArticleStore(db);
        ArticleSearch search = new ArticleSearch(db);
        ActorStore actors = new ActorStore(db);
        this.articles = new ArticleListViewModel(search, executor, state);
        this.reader = new ReaderViewModel(store, new ExtractionStore(db), executor, state);
        // Images are fetched only on the user's action (or their site's "always"), through the one fetcher.
        this.executor = executor;
        this.siteSettings = new SiteSettingsStore(db);
        this.imageLoader = new Supplier<>() {
            private ImageLoader made;

            @Override
            public synchronized ImageLoader get() {
                if (made == null) {
                    made = new ImageLoader(fetcher.get());
                }
                return made;
            }
        };
        this.corrections = new ActorCorrections(actors, executor, state);
        this.sidebar = new SidebarViewModel(sidebarContent, executor, state, corrections);
        this.filter = new FilterViewModel(search, actors, executor, state);
        this.timeline = new TimelineViewModel(search, store, executor, state);
        this.importing = new ImportViewModel(db, importer, executor, this::afterImport);
        this.notes = new NotesViewModel(db, executor, state, reader.articleProperty(), preferences);
        this.watcher = new LibraryWatcher(db::otherProcessVersion, executor, state);
        this.removal = new RemovalViewModel(new ArticleRemoval(db), executor, state, articles);
        ReextractService reextract = extractor == null ? null : new ReextractService(db, extractor);
        this.publishedDate = new PublishedDateViewModel(reextract, executor, state);
        this.reanalyse = reextract == null ? null : new ReanalyseViewModel(reextract, executor, () -> {
            articles.reload();
            state.libraryChanged();
        });
        this.feeds = new FeedsViewModel(db, fetcher, extractor, executor, Clock.systemUTC(), () -> articles.reload());
        ReadingStore readingStore = new ReadingStore(db);
        this.sources = new SourcesViewModel(readingStore, executor, state, id -> corrections.onWatch(id, false), feeds);
        this.reading = new ReadingViewModel(readingStore, executor, state, readAfter, articles::onArticleChanged,
                sources::refresh, () -> {
                    articles.reload();
                    sources.refresh();
                });
        // Whatever reloads the list (an import, a removal, a feed refresh, another window's change) counts again too.
        articles.loadingProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                sources.refresh();
            }
        });
        sources.countsProperty().addListener((obs, old, now) -> corrections.knowWatched(
                now.watched().stream().map(org.newslens.model.ReadingCounts.Watched::actorId).toList()));
    }

    /** The feed commands (subscribe, refresh, OPML); their tree shows in the sources pane. */
    public FeedsViewModel feeds() {
        return feeds;
    }

    /**
     * The open article's images ("Load images", "always for this site"), decoded by {@code decoder}: a new
     * view model following the reader, so the window makes one. Its images come through the one loader
     * (one cache, the one fetcher).
     */
    public <I> ImagesViewModel<I> newImages(ImagesViewModel.Decoder<I> decoder) {
        return new ImagesViewModel<>(reader.articleProperty(), siteSettings, imageLoader, decoder, executor);
    }

    /** The offer to re-analyse articles of an older engine; null without an extractor. */
    public ReanalyseViewModel reanalyse() {
        return reanalyse;
    }

    /** Rename, merge, hide and show again: the corrections every view follows. */
    public ActorCorrections corrections() {
        return corrections;
    }

    /** Watches for changes by other processes (started by the window). */
    public LibraryWatcher watcher() {
        return watcher;
    }

    /** Removing articles and undoing the last removal. */
    public RemovalViewModel removal() {
        return removal;
    }

    public PublishedDateViewModel publishedDate() {
        return publishedDate;
    }

    /** Opens the library: the samples on first run, then the list with its first article selected. */
    public void start() {
        start(null);
    }

    /** Opens the library and selects {@code lastArticle} (the one open at the last close) if it is still there. */
    public void start(Long lastArticle) {
        restore = lastArticle;
        importing.seedIfNew();
        sources.refresh();
    }

    private void afterImport(ImportSummary summary) {
        Long wanted = restore;
        restore = null;
        articles.reload(summary != null && summary.selectId() != null ? summary.selectId() : wanted);
        sources.refresh();
        if (reanalyse != null) {
            reanalyse.onCheck();
        }
    }

    /** The sources pane: Library (all, unread, starred), watched people and feeds, with their counts. */
    public SourcesViewModel sources() {
        return sources;
    }

    /** Read, unread and starred for the open article; "mark all read". */
    public ReadingViewModel reading() {
        return reading;
    }

    public WindowState state() {
        return state;
    }

    public ArticleListViewModel articles() {
        return articles;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public FilterViewModel filter() {
        return filter;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ImportViewModel importing() {
        return importing;
    }

    /** Notes, highlights, the notes browser and export. */
    public NotesViewModel notes() {
        return notes;
    }
}
