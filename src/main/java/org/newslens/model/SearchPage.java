package org.newslens.model;

import java.util.List;

/**
 * One page of the filtered article list and the total count. A hit's snippet marks the matched words
 * between {@link #MARK_START} and {@link #MARK_END}; it is empty without a text query.
 */
public record SearchPage(List<Hit> hits, int total) {
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public SearchPage {
        hits = List.copyOf(hits);
    }

    public record Hit(ArticleSummary article, String snippet) {
    }
}
