package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article body into paragraphs. A body with blank lines is split at them (its single line
 * breaks are hard wraps and become spaces); a body without is split at every line break, as many
 * news texts put one paragraph on each line.
 */
public final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private Paragraphs() {
    }

    public static List<String> split(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        boolean blankLines = BLANK_LINE.matcher(text).find();
        List<String> out = new ArrayList<>();
        for (String block : (blankLines ? BLANK_LINE : LINE_BREAK).split(text)) {
            String p = SPACES.matcher(block.strip().replace('\n', ' ')).replaceAll(" ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
