package org.newslens.model;

/** An actor that appears in the same articles as the filter's actors, with how many articles. */
public record Cooccurrence(long actorId, String type, String name, int articles) {
}
