package org.newslens.model;

/** An actor of the library with the number of articles that mention it. */
public record ActorRef(long id, String type, String name, boolean hidden, int articleCount) {
}
