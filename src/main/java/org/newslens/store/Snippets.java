package org.newslens.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.SearchPage;

/**
 * Search-result snippets: a window of the body around the first match, with the query's words
 * marked. Done here rather than by FTS5's snippet(), which re-runs the match per row and costs
 * far more per page.
 */
final class Snippets {
    private static final int BEFORE = 60;
    private static final int AFTER = 140;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Pattern terms;

    Snippets(String userQuery) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(userQuery);
        while (m.find()) {
            words.add(Pattern.quote(m.group()));
        }
        boolean prefixLast = !userQuery.stripTrailing().endsWith("\"");
        StringBuilder alt = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                alt.append('|');
            }
            alt.append(words.get(i)).append(i == words.size() - 1 && prefixLast ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
        }
        this.terms = words.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String of(String body) {
        if (body == null) {
            return "";
        }
        int first = -1;
        Matcher m = terms == null ? null : terms.matcher(body);
        if (m != null && m.find()) {
            first = m.start();
        }
        int from = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int to = Math.min(body.length(), (first < 0 ? 0 : first) + AFTER);
        while (from > 0 && !Character.isWhitespace(body.charAt(from - 1))) {
            from++;
        }
        while (to < body.length() && !Character.isWhitespace(body.charAt(to))) {
            to++;
        }
        String window = body.substring(Math.min(from, to), to).replaceAll("\\s+", " ").strip();
        String marked = terms == null ? window
                : terms.matcher(window).replaceAll(r -> SearchPage.MARK_START + Matcher.quoteReplacement(r.group()) + SearchPage.MARK_END);
        return (from > 0 ? "…" : "") + marked + (to < body.length() ? "…" : "");
    }
}
