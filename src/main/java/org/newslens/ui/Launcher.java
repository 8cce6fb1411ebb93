package org.newslens.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.newslens.store.LibraryException;

/** Starts the window on a library folder and returns when it closes. */
public final class Launcher {
    private Launcher() {
    }

    /**
     * Shows the window until the user closes it. When the library cannot be opened the user sees a
     * dialog, and this then throws the {@link LibraryException} so that the command line exits non-zero.
     */
    public static void launch(Path libraryDir) {
        NewsLensApp.libraryDir = libraryDir;
        NewsLensApp.failure = null;
        Application.launch(NewsLensApp.class);
        LibraryException failure = NewsLensApp.failure;
        if (failure != null) {
            throw failure;
        }
    }
}
