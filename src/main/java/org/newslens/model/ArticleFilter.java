package org.newslens.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the article list shows: articles mentioning all (or, with {@code any}, some) of the actors,
 * matching the full-text query, published within the range. Empty parts do not filter.
 */
public record ArticleFilter(List<Long> actorIds, boolean any, String query, LocalDate from, LocalDate to) {
    public ArticleFilter {
        actorIds = List.copyOf(actorIds);
        query = query == null ? "" : query.strip();
    }

    public static ArticleFilter none() {
        return new ArticleFilter(List.of(), false, "", null, null);
    }

    public boolean isEmpty() {
        return actorIds.isEmpty() && query.isEmpty() && from == null && to == null;
    }

    public ArticleFilter withActors(List<Long> ids, boolean anyOf) {
        return new ArticleFilter(ids, anyOf, query, from, to);
    }

    public ArticleFilter withQuery(String q) {
        return new ArticleFilter(actorIds, any, q, from, to);
    }

    public ArticleFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new ArticleFilter(actorIds, any, query, newFrom, newTo);
    }
}
