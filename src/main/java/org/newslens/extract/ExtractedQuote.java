package org.newslens.extract;

/** A direct quotation (the words between the marks) and its speaker's canonical name, or null. */
public record ExtractedQuote(String speaker, String text, int start, int end) {}
