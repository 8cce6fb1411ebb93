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
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.sidebar.SidebarContent;
import org.newslens.ui.sidebar.SidebarViewModel;
import org.newslens.ui.state.WindowState;

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
    private final RemovalViewModel removal;
    private final LibraryWatcher watcher;
    private Long restore;
    private final ReanalyseViewModel reanalyse;
    private final FeedsViewModel feeds;

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
        this(db, executor, sidebarContent, importer, extractor, preferences, Fetchers::system);
    }

    /** {@code fetcher} gives the network client for feeds, asked for when a feed is first fetched. */
    public MainViewModel(Database db, TaskExecutor executor, SidebarContent sidebarContent, ImportService importer,
                         Extractor extractor, PreferencesModel preferences, Supplier<Fetcher> fetcher) {
        ArticleStore store = new ArticleStore(db);
        ArticleSearch search = new ArticleSearch(db);
        ActorStore actors = new ActorStore(db);
        this.articles = new ArticleListViewModel(search, executor, state);
        this.reader = new ReaderViewModel(store, new ExtractionStore(db), executor, state);
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
        // Another process (the command line) may have subscribed or refreshed: the sources pane follows too.
        state.libraryRevisionProperty().addListener((obs, old, now) -> feeds.onReload());
    }

    /** The sources pane and the feed commands. */
    public FeedsViewModel feeds() {
        return feeds;
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
        feeds.onReload();
    }

    private void afterImport(ImportSummary summary) {
        Long wanted = restore;
        restore = null;
        articles.reload(summary != null && summary.selectId() != null ? summary.selectId() : wanted);
        if (reanalyse != null) {
            reanalyse.onCheck();
        }
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
