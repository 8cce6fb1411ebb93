package org.newslens.extract;

/** A character span of the article body: {@code body.substring(start, end).equals(text)}. */
public record Span(int start, int end, String text) {}
