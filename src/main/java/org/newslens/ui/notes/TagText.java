package org.newslens.ui.notes;

import java.util.Arrays;
import java.util.List;
import org.newslens.notes.Tags;

/** Tags as typed in one field: separated by commas or spaces, with or without '#'. */
public final class TagText {
    private TagText() {
    }

    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Tags.normalize(Arrays.asList(text.split("[,\\s]+")));
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }
}
