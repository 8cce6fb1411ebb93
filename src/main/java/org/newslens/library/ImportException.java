package org.newslens.library;

/** A file that cannot become an article; the message is the one-line reason shown to the user. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String reason) {
        super(reason);
    }

    public ImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
