package org.newslens.notes;

import java.time.LocalDate;

/**
 * Which annotated articles to list or export; every field is optional (null) and they combine with AND.
 * {@code person}: articles mentioning an actor that {@code ActorStore.lookup} finds by that name;
 * {@code text}: words in the article (full-text) or text in its note, highlights, comments or tags;
 * {@code from}/{@code to}: published date range, inclusive (undated articles are left out when set).
 */
public record NoteFilter(String person, Long articleId, String text, LocalDate from, LocalDate to) {
    public NoteFilter {
        person = blankToNull(person);
        text = blankToNull(text);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range is empty: " + from + " is after " + to);
        }
    }

    public static NoteFilter all() {
        return new NoteFilter(null, null, null, null, null);
    }

    public static NoteFilter article(long id) {
        return new NoteFilter(null, id, null, null, null);
    }

    public static NoteFilter person(String name) {
        return new NoteFilter(name, null, null, null, null);
    }

    public static NoteFilter dates(LocalDate from, LocalDate to) {
        return new NoteFilter(null, null, null, from, to);
    }

    /** A short description for export headers, e.g. "person Vladimir Putin, 2025-04-01..2025-04-30". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (person != null) {
            sb.append("person ").append(person);
        }
        if (articleId != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("article ").append(articleId);
        }
        if (text != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("text \"").append(text).append('"');
        }
        if (from != null || to != null) {
            sb.append(sb.length() > 0 ? ", " : "").append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        return sb.length() == 0 ? "all notes" : sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
