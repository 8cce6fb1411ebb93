package org.newslens.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text typed by a user in an article: exactly, else with typographic quotes and dashes treated as
 * their plain forms, else also with any run of whitespace matching any other.
 */
final class TextSearch {
    private TextSearch() {
    }

    /** The span {@code [start, end)} of the first occurrence of {@code text} in {@code body}. */
    record Span(int start, int end) {
    }

    static Optional<Span> first(String body, String text) {
        int at = body.indexOf(text);
        if (at >= 0) {
            return Optional.of(new Span(at, at + text.length()));
        }
        // Folding replaces one char by one char, so offsets in the folded body are offsets in the body.
        String fb = fold(body);
        String ft = fold(text.strip());
        if (ft.isEmpty()) {
            return Optional.empty();
        }
        at = fb.indexOf(ft);
        if (at >= 0) {
            return Optional.of(new Span(at, at + ft.length()));
        }
        StringBuilder re = new StringBuilder();
        for (String w : ft.split("\\s+")) {
            re.append(re.length() > 0 ? "\\s+" : "").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(fb);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00A0', '\u2009', '\u202F' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }
}
