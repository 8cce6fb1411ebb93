package org.newslens.ui.main;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import org.newslens.store.Database;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.ThreadPoolTaskExecutor;
import org.newslens.ui.prefs.PreferencesModel;
import org.newslens.ui.prefs.PreferencesStore;
import java.time.Clock;
import org.newslens.extract.NlpExtractor;
import org.newslens.library.ImportService;
import org.newslens.net.Fetcher;
import org.newslens.store.ArticleStore;
import org.newslens.store.ExtractionStore;
import org.newslens.ui.sidebar.StoreSidebarContent;

/**
 * Everything one open window needs, in one place: the library, the task executor (callbacks on the
 * FX thread), the preferences and the view models. Opened off the FX thread; closed when the app stops.
 */
public final class AppSession implements AutoCloseable {
    /** Imports, list loads and article loads can run side by side. */
    private static final int WORKERS = 3;

    private final Database db;
    private final TaskExecutor executor;
    private final PreferencesModel prefs;
    private final MainViewModel viewModel;
    /** One fetcher for everything the window fetches, so that its politeness holds across them. */
    private final Fetcher fetcher = org.newslens.feeds.Fetchers.system();
    private boolean closed;

    private AppSession(Database db, TaskExecutor executor, PreferencesModel prefs) {
        this.db = db;
        this.executor = executor;
        this.prefs = prefs;
        // The NLP pipeline loads lazily inside the first import task, never on the FX thread.
        this.viewModel = new MainViewModel(db, executor, new StoreSidebarContent(new ExtractionStore(db), new ArticleStore(db)),
                new ImportService(db, NlpExtractor.shared(), ImportService.defaultThreads(), Clock.systemUTC(), fetcher),
                NlpExtractor.shared(), prefs, () -> fetcher);
    }

    /**
     * Opens the library in {@code libraryDir}; throws {@link org.newslens.store.LibraryException} with a
     * message fit for the user when it cannot. {@code fxThread} is {@code Platform::runLater} in the app.
     */
    public static AppSession open(Path libraryDir, Executor fxThread) {
        Database db = Database.open(libraryDir);
        try {
            PreferencesModel prefs = new PreferencesModel(PreferencesStore.inLibrary(libraryDir));
            return new AppSession(db, new ThreadPoolTaskExecutor(WORKERS, fxThread), prefs);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Builds the window in {@code stage} and shows it. Call on the FX thread. */
    public MainWindow show(Stage stage) {
        return show(stage, url -> { });
    }

    /** Builds and shows the window; {@code browser} opens web addresses (the app: the system browser). */
    public MainWindow show(Stage stage, java.util.function.Consumer<String> browser) {
        MainWindow window = new MainWindow(stage, viewModel, prefs, browser);
        window.show();
        // Load the language models now, in the background, so that the first import does not wait for them.
        executor.execute(BackgroundTask.of("Loading language models", ctx -> NlpExtractor.shared().warmUp()));
        return window;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public Fetcher fetcher() {
        return fetcher;
    }

    public PreferencesModel preferences() {
        return prefs;
    }

    /** Cancels running work, saves pending preferences, closes the library. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        viewModel.watcher().stop();
        viewModel.importing().onCancelImport();
        viewModel.reading().close();
        viewModel.notes().saveAndClose();
        prefs.close();
        executor.close();
        db.close();
    }
}
