package org.newslens.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the window on a library folder and returns when it closes. */
public final class Launcher {
    private Launcher() {
    }

    public static void launch(Path libraryDir) {
        NewsLensApp.libraryDir = libraryDir;
        Application.launch(NewsLensApp.class);
    }
}
