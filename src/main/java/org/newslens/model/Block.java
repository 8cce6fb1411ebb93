package org.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's structure: what the reader draws and what the stored plain text is made
 * of. The structure is an allowlist by construction: there is no kind for script, style, frames,
 * forms or embedded objects, and a link keeps only an href that passed {@link #safeHref(String)}.
 *
 * @param kind  what the block is
 * @param level heading level 1–6, list nesting depth (1 = top), quote depth; 0 otherwise
 * @param text  the block's plain text (for {@link Kind#IMAGE} its alt text, which is not part of
 *              the article's plain text)
 * @param links links inside {@code text}, offsets relative to the block's text
 * @param src   image source for {@link Kind#IMAGE} (absolute http/https), else null
 */
public record Block(Kind kind, int level, String text, List<Link> links, String src) {
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, ORDERED_ITEM, QUOTE, PREFORMATTED, IMAGE }

    /** A link over {@code [start, end)} of the block's text. */
    public record Link(int start, int end, String href) {
        public Link {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad link span " + start + ".." + end);
            Objects.requireNonNull(href, "href");
        }
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        links = links == null ? List.of() : List.copyOf(links);
        for (Link l : links) {
            if (l.end() > text.length()) throw new IllegalArgumentException("link past the block's text");
        }
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, 0, text, List.of(), null);
    }

    public static Block of(Kind kind, int level, String text) {
        return new Block(kind, level, text, List.of(), null);
    }

    /** True when the block contributes to the article's plain text. */
    public boolean isText() {
        return kind != Kind.IMAGE && !text.isBlank();
    }

    /**
     * The href if it may be stored and opened: http, https or mailto, nothing else (no
     * {@code javascript:}, {@code data:}, {@code file:}); null otherwise.
     */
    public static String safeHref(String href) {
        if (href == null) return null;
        String h = href.strip();
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return h.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? null : h;
        }
        return null;
    }
}
