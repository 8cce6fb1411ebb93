package org.newslens.app;

/**
 * A failure the user can act on, whose message is one line fit to show as it is (the command line
 * prints it, the window shows it). The core's unchecked failures extend it ({@code store.LibraryException},
 * {@code notes.export.ExportException}); what a failure means beyond its message is carried by the
 * subclass's fields, never by the wording.
 */
public class NewsLensException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsLensException(String message) {
        super(message);
    }

    public NewsLensException(String message, Throwable cause) {
        super(message, cause);
    }
}
