package org.newslens.library;

/**
 * A file that cannot become an article; the message is the one-line reason shown to the user. Checked,
 * unlike the unchecked {@link org.newslens.app.NewsLensException} family, because one file's failure is
 * an expected outcome that every import loop must handle (report it and go on), not an abort.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String reason) {
        super(reason);
    }

    public ImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
