package org.newslens.store;

import org.newslens.app.NewsLensException;

/** A library that cannot be opened or used, with a message fit to show a user as it is. */
public class LibraryException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
