package org.newslens.ui.sources;

/**
 * One line of the sources pane: what it shows ({@link Kind}), its label and its count (of all, unread
 * or starred articles, as the kind says; a feed or folder: its unread articles, {@code items} stored).
 * {@code id} is the watched actor's, the feed's or the folder's (else 0); {@code depth} indents a feed
 * or folder under its folder; {@code error} is why a feed's last refresh failed (a folder: one of its
 * feeds failed), else null.
 */
public record SourceItem(Kind kind, long id, String label, int count, int items, int depth, String error) {
    public enum Kind {
        /** Every article. */
        ALL,
        /** The unread articles. */
        UNREAD,
        /** The starred articles. */
        STARRED,
        /** The unread articles that mention a watched person. */
        WATCHED,
        /** A feed folder's articles (its feeds and its sub-folders'). */
        FOLDER,
        /** One feed's articles. */
        FEED
    }

    /** A line of the Library or Watched section. */
    public SourceItem(Kind kind, long id, String label, int count) {
        this(kind, id, label, count, count, 0, null);
    }

    /** The watched person's actor id, or 0 for another kind. */
    public long actorId() {
        return kind == Kind.WATCHED ? id : 0;
    }

    /** Whether this line stands for the same source as {@code other} (its count aside). */
    public boolean sameSource(SourceItem other) {
        return other != null && kind == other.kind && id == other.id;
    }
}
