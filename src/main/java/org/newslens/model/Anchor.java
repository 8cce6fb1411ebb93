package org.newslens.model;

import java.util.Objects;

/** Where a highlight was: its offsets, its text, and up to {@link #CONTEXT} characters either side. */
public record Anchor(int start, int end, String quote, String prefix, String suffix) {
    public static final int CONTEXT = 40;

    public Anchor {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The anchor of {@code body[start, end)}; throws IllegalArgumentException for an empty or out-of-range span. */
    public static Anchor capture(String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) {
            throw new IllegalArgumentException("the span " + start + ".." + end + " is not inside the article's text (0.."
                    + body.length() + ")");
        }
        return new Anchor(start, end, body.substring(start, end),
                body.substring(Math.max(0, start - CONTEXT), start),
                body.substring(end, Math.min(body.length(), end + CONTEXT)));
    }
}
