package org.newslens.ui.state;

/**
 * A place in an article's body the reader should scroll to and flash (a date, a quote, a timeline
 * sentence). {@code serial} makes a repeated request for the same place a new value.
 */
public record TextTarget(long articleId, int start, int end, long serial) {
}
