package org.newslens.store;

/** A name or id given by the user that matches no actor of the library; {@link #name()} is what was given. */
public final class UnknownActorException extends IllegalArgumentException {
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
