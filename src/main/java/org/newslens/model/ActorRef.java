package org.newslens.model;

/** An actor of the library with the number of articles that mention it; {@code watched} by the user. */
public record ActorRef(long id, String type, String name, boolean hidden, int articleCount, boolean watched) {
    public ActorRef(long id, String type, String name, boolean hidden, int articleCount) {
        this(id, type, name, hidden, articleCount, false);
    }
}
