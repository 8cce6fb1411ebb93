package org.newslens.notes.export;

import org.newslens.app.NewsLensException;

/** An export that cannot be written, with a one-line message fit to show a user as it is. */
public class ExportException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
