package org.newslens.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the article list shows: articles mentioning all (or, with {@code any}, some) of the actors,
 * matching the full-text query, published within the range, and (when asked) only the unread or only
 * the starred ones, and (when set) only the items of one feed ({@code feedId}) or of the feeds in a
 * folder and its sub-folders ({@code folderId}; at most one of the two). Empty parts do not filter.
 */
public record ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to,
                            boolean unreadOnly, boolean starredOnly, Long feedId, Long folderId) {
    public ArticleFilter {
        actorIds = List.copyOf(actorIds);
        query = query == null ? "" : query.strip();
        if (feedId != null && folderId != null) {
            throw new IllegalArgumentException("a feed or a folder, not both");
        }
    }

    /** Without a feed or folder. */
    public ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to,
                         boolean unreadOnly, boolean starredOnly) {
        this(actorIds, any, query, from, to, unreadOnly, starredOnly, null, null);
    }

    /** Without a reading-state condition. */
    public ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to) {
        this(actorIds, any, query, from, to, false, false);
    }

    public static ArticleFilter none() {
        return new ArticleFilter(List.of(), false, "", null, null);
    }

    public boolean isEmpty() {
        return actorIds.isEmpty() && query.isEmpty() && from == null && to == null && !unreadOnly && !starredOnly && !hasFeed();
    }

    /** True when a feed or a folder narrows the list. */
    public boolean hasFeed() {
        return feedId != null || folderId != null;
    }

    /** True when only the reading state (unread, starred) is set, or nothing. */
    public boolean hasReadingState() {
        return unreadOnly || starredOnly;
    }

    public ArticleFilter withActors(List<Long> ids, boolean anyOf) {
        return new ArticleFilter(ids, anyOf, query, from, to, unreadOnly, starredOnly, feedId, folderId);
    }

    public ArticleFilter withQuery(String q) {
        return new ArticleFilter(actorIds, any, q, from, to, unreadOnly, starredOnly, feedId, folderId);
    }

    public ArticleFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new ArticleFilter(actorIds, any, query, newFrom, newTo, unreadOnly, starredOnly, feedId, folderId);
    }

    /** Only unread articles ({@code true}), or read and unread alike. */
    public ArticleFilter withUnreadOnly(boolean unread) {
        return new ArticleFilter(actorIds, any, query, from, to, unread, starredOnly, feedId, folderId);
    }

    /** Only starred articles ({@code true}), or starred and not alike. */
    public ArticleFilter withStarredOnly(boolean starred) {
        return new ArticleFilter(actorIds, any, query, from, to, unreadOnly, starred, feedId, folderId);
    }

    /** Only the items of this feed (null: no feed); a folder chosen before is dropped. */
    public ArticleFilter withFeed(Long feed) {
        return new ArticleFilter(actorIds, any, query, from, to, unreadOnly, starredOnly, feed, null);
    }

    /** Only the items of the feeds in this folder and its sub-folders (null: no folder); a feed chosen before is dropped. */
    public ArticleFilter withFolder(Long folder) {
        return new ArticleFilter(actorIds, any, query, from, to, unreadOnly, starredOnly, null, folder);
    }
}
