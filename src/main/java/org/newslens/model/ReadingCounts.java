package org.newslens.model;

import java.util.List;

/**
 * The numbers of the sources pane: unread and starred articles in the library, and each watched
 * person with the number of unread articles that mention them (by name).
 */
public record ReadingCounts(int all, int unread, int starred, List<Watched> watched) {
    public ReadingCounts {
        watched = List.copyOf(watched);
    }

    public static ReadingCounts empty() {
        return new ReadingCounts(0, 0, 0, List.of());
    }

    /** A watched actor and how many unread articles mention it. */
    public record Watched(long actorId, String name, String type, int unread) {
    }
}
