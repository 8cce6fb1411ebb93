package org.newslens.ui;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.newslens.store.LibraryException;
import org.newslens.ui.main.AppSession;
import org.newslens.ui.main.LibraryErrorDialog;

/**
 * The JavaFX application: opens the library off the FX thread ({@link #init()}), then shows the window,
 * or a plain error dialog when the library cannot be opened, and exits cleanly.
 */
public final class NewsLensApp extends Application {
    private static final Logger LOG = Logger.getLogger(NewsLensApp.class.getName());
    static volatile Path libraryDir;
    /** Why the library could not be opened; the launcher reports it after the toolkit has stopped. */
    static volatile LibraryException failure;

    private AppSession session;

    @Override
    public void init() {
        try {
            session = AppSession.open(libraryDir, Platform::runLater);
        } catch (LibraryException e) {
            failure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        // A bug in a handler must not vanish silently; the window stays usable.
        Thread.currentThread().setUncaughtExceptionHandler(
                (t, e) -> LOG.log(Level.SEVERE, "Unexpected error on the UI thread", e));
        if (session == null) {
            LibraryErrorDialog.showAndWait(describe(failure));
            Platform.exit();
            return;
        }
        // Links in articles and the source line open in the system browser; the reader checks each address before.
        session.viewModel().reader().setLinkOpener(getHostServices()::showDocument);
        // After an export, Open and Show in folder hand the file's (or folder's) file: URI to the system.
        session.viewModel().notes().setOpener(uri -> getHostServices().showDocument(uri.toString()));
        session.show(stage, getHostServices()::showDocument);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }

    /** The failure in the window's words, with the way out where there is one. */
    static String describe(LibraryException e) {
        return switch (e.kind()) {
            case NOT_A_FOLDER -> e.getMessage() + " Give a folder with --library.";
            case DAMAGED -> e.getMessage() + " Restore it from a backup, or start NewsLens with --library and a new folder.";
            case OTHER -> e.getMessage();
        };
    }
}
