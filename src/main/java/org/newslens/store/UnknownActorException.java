package org.newslens.store;

import org.newslens.app.NewsLensException;

/**
 * A name or id given by the user that matches no actor of the library; {@link #name()} is what was
 * given. Like {@link UnknownArticleException}, one of the core's typed failures: the command line and
 * the window word it themselves.
 */
public final class UnknownActorException extends NewsLensException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public UnknownActorException(String name) {
        super("no actor called '" + name + "' in the library");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
