package org.newslens.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Highlight tags: trimmed, without a leading '#', no blanks or duplicates; stored as a JSON array. */
public final class Tags {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    static String toJson(List<String> tags) {
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> fromJson(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
