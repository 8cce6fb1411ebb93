package org.newslens.ui;

import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.application.Application;
import org.newslens.store.LibraryException;

/** Starts the window on a library folder and returns when it closes. */
public final class Launcher {
    /** JavaFX's own logger; held so that the filter set on it is not lost to garbage collection. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Launcher() {
    }

    /**
     * Shows the window until the user closes it. When the library cannot be opened the user sees a
     * dialog, and this then throws the {@link LibraryException} so that the command line exits non-zero.
     */
    public static void launch(Path libraryDir) {
        // JavaFX warns when run from the class path, which is how the jar runs (and is supported); other
        // JavaFX warnings still show.
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        NewsLensApp.libraryDir = libraryDir;
        NewsLensApp.failure = null;
        Application.launch(NewsLensApp.class);
        LibraryException failure = NewsLensApp.failure;
        if (failure != null) {
            throw failure;
        }
    }
}
