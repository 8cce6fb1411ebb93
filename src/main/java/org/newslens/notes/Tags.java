package org.newslens.notes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Highlight tags: trimmed, without a leading '#', no blanks or duplicates (stored as a JSON array by {@code store.HighlightRepository}). */
public final class Tags {
    private Tags() {
    }

    public static List<String> normalize(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            if (t == null) {
                continue;
            }
            String s = t.strip();
            while (s.startsWith("#")) {
                s = s.substring(1).strip();
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
