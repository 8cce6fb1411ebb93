package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

/**
 * Splits an article body into paragraphs. A body with blank lines is split at them (its single line
 * breaks are hard wraps and become spaces); a body without is split at every line break, as many
 * news texts put one paragraph on each line. {@link #pieces} also says where each character came
 * from in the body, so that extraction offsets can be found in the shown text.
 */
public final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");

    /**
     * One paragraph as shown, and for each of its characters the offset in the body; {@code block} is
     * the structure's block it shows, or null for a body without structure.
     */
    public record Piece(String text, int[] offsets, Block block) {
        public Piece(String text, int[] offsets) {
            this(text, offsets, null);
        }

        public int bodyStart() {
            return offsets.length == 0 ? 0 : offsets[0];
        }

        public int bodyEnd() {
            return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
        }

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

    private Paragraphs() {
    }

    public static List<String> split(String body) {
        return pieces(body).stream().map(Piece::text).toList();
    }

    /**
     * The shown paragraphs of a body with its structure: one piece per text block, at the block's
     * offset in the body ({@link ArticleStructure#starts()}); preformatted text keeps its lines, other
     * blocks have their white space made single. Without a structure (or with one that is not this
     * body's), the body is split as {@link #pieces(String)} does.
     */
    public static List<Piece> pieces(String body, ArticleStructure structure) {
        if (structure == null || body == null || !structure.plainText().equals(body)) {
            return pieces(body);
        }
        int[] starts = structure.starts();
        int[] identity = new int[body.length()];
        for (int k = 0; k < identity.length; k++) {
            identity[k] = k;
        }
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            Block b = structure.blocks().get(i);
            if (starts[i] < 0) {
                continue;
            }
            int from = starts[i];
            int to = from + b.text().length();
            if (b.kind() == Block.Kind.PREFORMATTED) {
                int[] offsets = new int[to - from];
                for (int k = 0; k < offsets.length; k++) {
                    offsets[k] = from + k;
                }
                out.add(new Piece(b.text(), offsets, b));
            } else {
                int before = out.size();
                add(out, body, identity, from, to);
                if (out.size() > before) {
                    Piece p = out.remove(out.size() - 1);
                    out.add(new Piece(p.text(), p.offsets(), b));
                }
            }
        }
        return List.copyOf(out);
    }

    public static List<Piece> pieces(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        // Line ends become \n; map[i] is the body offset of text's character i.
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
        return List.copyOf(out);
    }

    /** Adds text[from, to) stripped, with every run of spaces, tabs and line breaks made one space. */
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
        out.add(new Piece(sb.toString(), java.util.Arrays.copyOf(offsets, sb.length())));
    }
}
