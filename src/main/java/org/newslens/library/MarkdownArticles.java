package org.newslens.library;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

/**
 * A Markdown article (front matter already removed) parsed with CommonMark into the allowlisted
 * {@link ArticleStructure}: headings, paragraphs, list items with their nesting depth, block quotes,
 * code blocks (preformatted), tables (one paragraph per row, cells joined by " | ") and images (their
 * alt text, not part of the plain text). Emphasis and code spans become their text; a link keeps its
 * text and, if it passes {@link Block#safeHref}, its address. Raw HTML keeps only its text.
 * So the stored body reads as prose, without {@code #}, {@code *} or {@code [](...)} markup.
 */
final class MarkdownArticles {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    static final String CELL_SEPARATOR = " | ";

    private MarkdownArticles() {
    }

    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");

    /**
     * The structure of a Markdown text. A text without any blank line is taken to hold one paragraph
     * per line, as many news texts do (and as the reader splits plain bodies): its paragraphs' line
     * breaks then end paragraphs; lists, headings and quotes are read as usual.
     */
    static ArticleStructure parse(String markdown) {
        List<Block> out = new ArrayList<>();
        boolean linePerParagraph = !BLANK_LINE.matcher(markdown.strip()).find();
        blocks(PARSER.parse(markdown), 0, 0, out);
        if (linePerParagraph) {
            out = splitLines(out);
        }
        return new ArticleStructure(out);
    }

    /** Each plain paragraph cut at its line breaks into paragraphs, links kept on their lines. */
    private static List<Block> splitLines(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.PARAGRAPH || b.text().indexOf('\n') < 0) {
                out.add(b);
                continue;
            }
            int from = 0;
            String t = b.text();
            while (from <= t.length()) {
                int nl = t.indexOf('\n', from);
                int to = nl < 0 ? t.length() : nl;
                String line = t.substring(from, to);
                int lead = line.length() - line.stripLeading().length();
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    int s0 = from + lead;
                    int e0 = s0 + stripped.length();
                    List<Block.Link> links = new ArrayList<>();
                    for (Block.Link l : b.links()) {
                        int s = Math.max(s0, l.start());
                        int e = Math.min(e0, l.end());
                        if (e > s) {
                            links.add(new Block.Link(s - s0, e - s0, l.href()));
                        }
                    }
                    out.add(new Block(Block.Kind.PARAGRAPH, 0, stripped, links, null));
                }
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
        }
        return out;
    }

    /** The blocks under {@code parent}; {@code listDepth} and {@code quoteDepth} say where they sit. */
    private static void blocks(Node parent, int listDepth, int quoteDepth, List<Block> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                add(out, quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.HEADING, quoteDepth > 0 ? quoteDepth : h.getLevel(), h);
            } else if (n instanceof Paragraph p) {
                add(out, quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, quoteDepth, p);
            } else if (n instanceof BlockQuote) {
                blocks(n, listDepth, quoteDepth + 1, out);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                Block.Kind kind = n instanceof OrderedList ? Block.Kind.ORDERED_ITEM : Block.Kind.LIST_ITEM;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        listItem(li, kind, listDepth + 1, quoteDepth, out);
                    }
                }
            } else if (n instanceof FencedCodeBlock code) {
                preformatted(code.getLiteral(), out);
            } else if (n instanceof IndentedCodeBlock code) {
                preformatted(code.getLiteral(), out);
            } else if (n instanceof HtmlBlock html) {
                String text = Jsoup.parseBodyFragment(html.getLiteral()).text().strip();
                if (!text.isEmpty()) {
                    out.add(Block.of(quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, quoteDepth, text));
                }
            } else if (n instanceof TableBlock) {
                table(n, out);
            } else if (n.getFirstChild() != null && !(n instanceof org.commonmark.node.ThematicBreak)) {
                blocks(n, listDepth, quoteDepth, out); // an unknown container: its blocks
            }
        }
    }

    /** A list item: its paragraphs make one item (joined by a line break); nested lists and code follow it. */
    private static void listItem(ListItem li, Block.Kind kind, int depth, int quoteDepth, List<Block> out) {
        Inline text = new Inline(out);
        List<Node> rest = new ArrayList<>();
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if ((c instanceof Paragraph || c instanceof Heading) && rest.isEmpty()) {
                if (!text.sb.isEmpty()) {
                    text.sb.append('\n');
                }
                text.children(c);
            } else {
                rest.add(c);
            }
        }
        text.emit(kind, depth);
        for (Node c : rest) {
            Node wrapper = new org.commonmark.node.Document();
            wrapper.appendChild(c);
            blocks(wrapper, depth, quoteDepth, out);
        }
    }

    private static void preformatted(String literal, List<Block> out) {
        String text = literal.replaceAll("\\s+\\z", "").replaceAll("\\A(?:[ \\t]*\\n)+", "");
        if (!text.isBlank()) {
            out.add(Block.of(Block.Kind.PREFORMATTED, 0, text));
        }
    }

    private static void table(Node table, List<Block> out) {
        List<Node> rows = new ArrayList<>();
        collectRows(table, rows);
        for (Node row : rows) {
            Inline line = new Inline(out);
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    if (!line.sb.isEmpty()) {
                        line.sb.append(CELL_SEPARATOR);
                    }
                    line.children(cell);
                }
            }
            line.emit(Block.Kind.PARAGRAPH, 0);
        }
    }

    private static void collectRows(Node n, List<Node> rows) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableRow) {
                rows.add(c);
            } else {
                collectRows(c, rows);
            }
        }
    }

    private static void add(List<Block> out, Block.Kind kind, int level, Node inlineParent) {
        Inline text = new Inline(out);
        text.children(inlineParent);
        text.emit(kind, level);
    }

    /**
     * Collects one block's text from inline nodes, with its links; images found on the way are
     * added as their own blocks after the text block.
     */
    private static final class Inline {
        final StringBuilder sb = new StringBuilder();
        final List<Block.Link> links = new ArrayList<>();
        final List<Block> images = new ArrayList<>();
        final List<Block> out;

        Inline(List<Block> out) {
            this.out = out;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n);
            }
        }

        private void inline(Node n) {
            String leaf = leafText(n, '\n');
            if (leaf != null) {
                sb.append(leaf);
            } else if (n instanceof HtmlInline) {
                // a tag: no text of its own
            } else if (n instanceof Image img) {
                Alt alt = new Alt();
                alt.children(img);
                images.add(new Block(Block.Kind.IMAGE, 0, alt.sb.toString().strip(), List.of(), Block.safeHref(img.getDestination())));
            } else if (n instanceof Link link) {
                int start = sb.length();
                children(link);
                String href = Block.safeHref(link.getDestination());
                if (href != null && sb.length() > start) {
                    links.add(new Block.Link(start, sb.length(), href));
                }
            } else {
                children(n); // emphasis, strong emphasis, anything else: its text
            }
        }

        /** Adds the block (its text stripped, links moved with it) and then the images it held. */
        void emit(Block.Kind kind, int level) {
            String raw = sb.toString();
            int from = 0;
            int to = raw.length();
            while (from < to && Character.isWhitespace(raw.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                List<Block.Link> moved = new ArrayList<>();
                for (Block.Link l : links) {
                    int s = Math.max(from, l.start()) - from;
                    int e = Math.min(to, l.end()) - from;
                    if (e > s) {
                        moved.add(new Block.Link(s, e, l.href()));
                    }
                }
                out.add(new Block(kind, level, raw.substring(from, to), moved, null));
            }
            out.addAll(images);
        }
    }

    /** An image's alt text: the text of its children, without links or nested images. */
    private static final class Alt {
        final StringBuilder sb = new StringBuilder();

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                String leaf = leafText(n, ' ');
                if (leaf != null) {
                    sb.append(leaf);
                } else {
                    children(n);
                }
            }
        }
    }

    /** The text a leaf adds: a text or code literal, a line break as {@code lineBreak}; null for any other node. */
    private static String leafText(Node n, char lineBreak) {
        if (n instanceof Text t) {
            return t.getLiteral();
        }
        if (n instanceof Code c) {
            return c.getLiteral();
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            return String.valueOf(lineBreak);
        }
        return null;
    }
}
