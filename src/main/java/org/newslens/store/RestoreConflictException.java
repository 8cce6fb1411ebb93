package org.newslens.store;

import org.newslens.app.NewsLensException;

/**
 * Undoing a removal was refused because the library holds the article again: {@link #reason()} says
 * whether its id was taken by another article or its text was imported again. Nothing was changed.
 * The command line and the window word it themselves.
 */
public final class RestoreConflictException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    /** What stands in the way of putting the article back. */
    public enum Reason {
        /** Another article has the removed article's id. */
        ID_TAKEN,
        /** The removed article's text is in the library again (under another id). */
        TEXT_PRESENT
    }

    private final long id;
    private final String title;
    private final Reason reason;

    public RestoreConflictException(long id, String title, Reason reason) {
        super("cannot put back article #" + id + " (" + title + "): "
                + (reason == Reason.ID_TAKEN ? "its id was taken by another article" : "its text is in the library again"));
        this.id = id;
        this.title = title;
        this.reason = reason;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Reason reason() {
        return reason;
    }
}
