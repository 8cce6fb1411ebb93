package org.newslens.web;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newslens.model.Block;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the article's element tree into {@link Block}s: paragraphs, headings, list items with their
 * nesting, quotes, preformatted text and images, with the links inside each block. It is an
 * allowlist: only text, safe links ({@link Block#safeHref}) and http(s) image sources come out;
 * everything else in the markup (scripts, styles, handlers, frames, forms) has no way through.
 * Iterative (no recursion), so deeply nested markup cannot overflow the stack.
 */
final class BlockBuilder {
    /** Elements that end the running block where they start and where they end. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "address", "hr",
            "center", "details", "summary", "fieldset", "hgroup", "menu", "form", "picture");
    /** Elements never read: not text, or not ours to show. */
    static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "iframe", "frame", "frameset",
            "object", "embed", "applet", "param", "input", "button", "select", "option", "textarea",
            "svg", "math", "canvas", "video", "audio", "source", "track", "map", "area", "head", "title", "meta",
            "link", "base", "dialog");

    private final Predicate<Element> skip;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Block.Link> links = new ArrayList<>();
    private final Deque<String> lists = new ArrayDeque<>();
    private boolean pendingSpace;
    private int headingLevel;
    private int headingDepth;
    private int listItemDepth;
    private int quoteDepth;
    private int preDepth;
    private int linkStart = -1;
    private String linkHref;
    private Element linkElement;

    private BlockBuilder(Predicate<Element> skip) {
        this.skip = skip;
    }

    /**
     * @param root the article's element
     * @param skip elements to leave out with everything inside them
     */
    static List<Block> build(Element root, Predicate<Element> skip) {
        BlockBuilder b = new BlockBuilder(skip);
        NodeTraversor.filter(b.new Walker(), root);
        b.flush();
        return b.blocks;
    }

    private final class Walker implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (preDepth > 0) appendRaw(t.getWholeText());
                else appendText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
            String tag = e.normalName();
            if (NEVER.contains(tag) || Visibility.hidden(e) || skip.test(e)) return FilterResult.SKIP_ENTIRELY;
            if (BLOCK_TAGS.contains(tag)) flush();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (headingDepth++ == 0) headingLevel = tag.charAt(1) - '0';
                }
                case "ul", "ol", "menu" -> lists.push(tag);
                case "li" -> listItemDepth++;
                case "blockquote" -> quoteDepth++;
                case "pre" -> preDepth++;
                case "br" -> lineBreak();
                case "td", "th" -> pendingSpace = true; // cells of a row: one line, words apart
                case "img" -> image(e);
                case "a" -> {
                    if (linkElement == null) {
                        String href = Block.safeHref(e.absUrl("href"));
                        if (href != null) {
                            linkElement = e;
                            linkHref = href;
                            linkStart = -1;
                        }
                    }
                }
                default -> {
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (e == linkElement) closeLink();
            if (BLOCK_TAGS.contains(tag)) flush();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
                case "ul", "ol", "menu" -> lists.pop();
                case "li" -> listItemDepth--;
                case "blockquote" -> quoteDepth--;
                case "pre" -> preDepth--;
                default -> {
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private void appendText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Text.isSpace(c)) {
                pendingSpace = true;
            } else if (!Text.isInvisible(c)) {
                if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append(' ');
                pendingSpace = false;
                if (linkElement != null && linkStart < 0) linkStart = text.length();
                text.append(c);
            }
        }
    }

    private void appendRaw(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || Text.isInvisible(c)) continue;
            if (c == '\n' && text.isEmpty()) continue;
            if (c != '\n' && c != ' ' && linkElement != null && linkStart < 0) linkStart = text.length();
            text.append(c == '\t' || c == '\n' ? c : Text.isSpace(c) ? ' ' : c);
        }
    }

    private void lineBreak() {
        if (preDepth > 0) {
            text.append('\n');
            return;
        }
        if (text.isEmpty()) return;
        if (text.charAt(text.length() - 1) == '\n') {
            flush(); // two line breaks in a row end a paragraph
            return;
        }
        text.append('\n');
        pendingSpace = false;
    }

    private void closeLink() {
        if (linkStart >= 0) {
            int end = text.length();
            while (end > linkStart && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > linkStart) links.add(new Block.Link(linkStart, end, linkHref));
        }
        linkElement = null;
        linkHref = null;
        linkStart = -1;
    }

    private void image(Element img) {
        String src = Images.source(img);
        if (src == null || Images.isPixel(img)) return;
        flush();
        blocks.add(new Block(Block.Kind.IMAGE, 0, Text.normalise(img.attr("alt")), List.of(), src));
    }

    private void flush() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > 0) {
            String t = text.substring(0, end);
            List<Block.Link> kept = new ArrayList<>();
            for (Block.Link l : links) {
                if (l.start() < end) kept.add(new Block.Link(l.start(), Math.min(l.end(), end), l.href()));
            }
            if (linkElement != null && linkStart >= 0 && linkStart < end) {
                kept.add(new Block.Link(linkStart, end, linkHref)); // a link that spans blocks: its part in this one
            }
            blocks.add(new Block(kind(), level(), t, kept, null));
        }
        text.setLength(0);
        links.clear();
        pendingSpace = false;
        if (linkElement != null) linkStart = -1;
    }

    private Block.Kind kind() {
        if (preDepth > 0) return Block.Kind.PREFORMATTED;
        if (headingDepth > 0) return Block.Kind.HEADING;
        if (listItemDepth > 0 && !lists.isEmpty()) {
            return lists.peek().equals("ol") ? Block.Kind.ORDERED_ITEM : Block.Kind.LIST_ITEM;
        }
        if (quoteDepth > 0) return Block.Kind.QUOTE;
        return Block.Kind.PARAGRAPH;
    }

    private int level() {
        return switch (kind()) {
            case HEADING -> Math.max(1, Math.min(6, headingLevel));
            case LIST_ITEM, ORDERED_ITEM -> lists.size();
            case QUOTE -> quoteDepth;
            default -> 0;
        };
    }
}
