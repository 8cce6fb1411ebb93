package org.newslens.ui.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article body as the reader shows it (the paragraphs of {@code ui.reader.Paragraphs}: split at
 * blank lines, or at every line break when there are none, with runs of white space made one space),
 * and for every shown character its offset in the body, where highlights are anchored.
 */
public record BodyText(long articleId, String body, List<Piece> pieces) {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");

    public BodyText {
        pieces = List.copyOf(pieces);
    }

    /** One paragraph as shown, and the body offset of each of its characters. */
    public record Piece(String text, int[] offsets) {
        /** The body offset where shown index {@code i} starts; {@code text.length()} maps to just after the last character. */
        public int bodyOffset(int i) {
            if (offsets.length == 0) {
                return 0;
            }
            return i >= offsets.length ? offsets[offsets.length - 1] + 1 : offsets[Math.max(0, i)];
        }

        /** The first shown index whose body offset is at or after {@code bodyOffset}. */
        public int indexOf(int bodyOffset) {
            int lo = 0;
            int hi = offsets.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (offsets[mid] < bodyOffset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    public static BodyText of(long articleId, String body) {
        if (body == null || body.isBlank()) {
            return new BodyText(articleId, body == null ? "" : body, List.of());
        }
        StringBuilder text = new StringBuilder(body.length());
        int[] map = new int[body.length()];
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            map[text.length()] = i;
            text.append(c);
        }
        Pattern breaks = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<Piece> out = new ArrayList<>();
        Matcher m = breaks.matcher(text);
        int from = 0;
        while (m.find()) {
            add(out, text, map, from, m.start());
            from = m.end();
        }
        add(out, text, map, from, text.length());
        return new BodyText(articleId, body, out);
    }

    private static void add(List<Piece> out, CharSequence text, int[] map, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        StringBuilder sb = new StringBuilder(to - from);
        int[] offsets = new int[to - from];
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (space) {
                    continue;
                }
                space = true;
                c = ' ';
            } else {
                space = false;
            }
            offsets[sb.length()] = map[i];
            sb.append(c);
        }
        out.add(new Piece(sb.toString(), Arrays.copyOf(offsets, sb.length())));
    }
}
