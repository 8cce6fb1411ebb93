package org.newslens.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into a safe FTS5 query: words and "quoted phrases" must all match; the
 * last word also matches as a prefix (type-ahead). FTS5 operators and punctuation are taken as text.
 */
final class FtsQuery {
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|([\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FtsQuery() {
    }

    /** The FTS5 MATCH expression, or "" when the text has no word to search. */
    static String of(String userText) {
        if (userText == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        Matcher m = PART.matcher(userText);
        boolean lastIsWord = false;
        while (m.find()) {
            String phrase = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(phrase);
            while (w.find()) {
                words.add(w.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            terms.add("\"" + String.join(" ", words) + "\"");
            lastIsWord = m.group(2) != null && m.end() == userText.stripTrailing().length();
        }
        if (terms.isEmpty()) {
            return "";
        }
        if (lastIsWord) {
            int i = terms.size() - 1;
            terms.set(i, terms.get(i) + " *");
        }
        return String.join(" AND ", terms);
    }
}
