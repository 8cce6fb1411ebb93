package org.newslens.ui.notes;

import java.net.URI;

/**
 * Opens a document with the system's default application: a {@code file:} URI of a file opens in its
 * application, of a folder in the file manager. The app passes {@code HostServices.showDocument}; tests
 * record what would be opened.
 */
@FunctionalInterface
public interface SystemOpener {
    /** Does nothing: the view models' default until the window sets the real one. */
    SystemOpener NONE = uri -> { };

    void open(URI document);
}
