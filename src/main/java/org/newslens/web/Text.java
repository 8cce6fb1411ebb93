package org.newslens.web;

/** Whitespace as HTML shows it: every run of spaces, tabs, newlines and no-break spaces is one space. */
final class Text {
    private Text() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters and soft hyphens, which show as nothing. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c < 0x20 && c != '\n' && c != '\t';
    }

    static String normalise(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (!isInvisible(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
