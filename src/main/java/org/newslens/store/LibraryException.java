package org.newslens.store;

import org.newslens.app.NewsLensException;

/**
 * A library that cannot be opened or used, with a message fit to show a user as it is. {@link #kind()}
 * says what is wrong for the failures whose way out the command line and the window word themselves.
 */
public class LibraryException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, where the caller may offer a way out. */
    public enum Kind {
        /** The library path names a file, not a folder: choose a folder. */
        NOT_A_FOLDER,
        /** SQLite reports corruption: restore a backup or start a new library. */
        DAMAGED,
        /** Anything else; the message says it all. */
        OTHER
    }

    private final Kind kind;

    public LibraryException(String message) {
        this(Kind.OTHER, message, null);
    }

    public LibraryException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public LibraryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
