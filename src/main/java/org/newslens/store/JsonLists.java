package org.newslens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of strings kept in a TEXT column as a JSON array (an actor's aliases and roles, a highlight's tags). */
final class JsonLists {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLists() {
    }

    static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list stored; empty for NULL or for text that is not a JSON array of strings. */
    static List<String> read(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
