package org.newslens.ui.state;

/** An actor chosen in the filter, with the name its chip shows. */
public record PersonChip(long actorId, String name) {
}
