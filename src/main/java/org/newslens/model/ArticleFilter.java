package org.newslens.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the article list shows: articles mentioning all (or, with {@code any}, some) of the actors,
 * matching the full-text query, published within the range, and (when asked) only the unread or only
 * the starred ones. Empty parts do not filter.
 */
public record ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to,
                            boolean unreadOnly, boolean starredOnly) {
    public ArticleFilter {
        actorIds = List.copyOf(actorIds);
        query = query == null ? "" : query.strip();
    }

    /** Without a reading-state condition. */
    public ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to) {
        this(actorIds, any, query, from, to, false, false);
    }

    public static ArticleFilter none() {
        return new ArticleFilter(List.of(), false, "", null, null);
    }

    public boolean isEmpty() {
        return actorIds.isEmpty() && query.isEmpty() && from == null && to == null && !unreadOnly && !starredOnly;
    }

    /** True when only the reading state (unread, starred) is set, or nothing. */
    public boolean hasReadingState() {
        return unreadOnly || starredOnly;
    }

    public ArticleFilter withActors(List<Long> ids, boolean anyOf) {
        return new ArticleFilter(ids, anyOf, query, from, to, unreadOnly, starredOnly);
    }

    public ArticleFilter withQuery(String q) {
        return new ArticleFilter(actorIds, any, q, from, to, unreadOnly, starredOnly);
    }

    public ArticleFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new ArticleFilter(actorIds, any, query, newFrom, newTo, unreadOnly, starredOnly);
    }

    /** Only unread articles ({@code true}), or read and unread alike. */
    public ArticleFilter withUnreadOnly(boolean unread) {
        return new ArticleFilter(actorIds, any, query, from, to, unread, starredOnly);
    }

    /** Only starred articles ({@code true}), or starred and not alike. */
    public ArticleFilter withStarredOnly(boolean starred) {
        return new ArticleFilter(actorIds, any, query, from, to, unreadOnly, starred);
    }
}
