package org.newslens.store;

import org.newslens.app.NewsLensException;

/**
 * An article id given by the user (or held by a view) that matches no article of the library;
 * {@link #id()} is the id. The operation that met it changed nothing. The command line and the
 * window word it themselves.
 */
public final class UnknownArticleException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    private final long id;

    public UnknownArticleException(long id) {
        super("no article #" + id + " in the library");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
