package org.newslens.ui.sources;

/**
 * One line of the sources pane: what it shows ({@link Kind}), its label and its count (of all, unread
 * or starred articles, as the kind says). A watched person's line has the actor's id (else 0).
 * Feeds and folders will be further kinds.
 */
public record SourceItem(Kind kind, long actorId, String label, int count) {
    public enum Kind {
        /** Every article. */
        ALL,
        /** The unread articles. */
        UNREAD,
        /** The starred articles. */
        STARRED,
        /** The unread articles that mention a watched person. */
        WATCHED
    }

    /** Whether this line stands for the same source as {@code other} (its count aside). */
    public boolean sameSource(SourceItem other) {
        return other != null && kind == other.kind && actorId == other.actorId;
    }
}
