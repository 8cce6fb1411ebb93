package org.newslens.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

/**
 * An item's HTML (a fragment, not a page) as article blocks: paragraphs, headings, list items,
 * quotes, preformatted text. Loose text between blocks becomes paragraphs; a double line break
 * splits one. Scripts, styles, frames, objects and forms are dropped; nothing is fetched.
 */
final class HtmlBlocks {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed", "form",
            "template", "svg", "math", "button", "input", "select", "textarea");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "figure", "figcaption", "body",
            "ul", "ol", "dl", "table", "tbody", "thead", "tr", "td", "th", "header", "footer", "aside", "details", "center");

    private HtmlBlocks() {
    }

    static ArticleStructure structure(String html, String baseUri) {
        if (html == null || html.isBlank()) return new ArticleStructure(List.of());
        Document doc = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        List<Block> out = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        walk(doc.body(), out, loose);
        flush(out, loose);
        return new ArticleStructure(out);
    }

    static String text(String html) {
        return structure(html, null).plainText();
    }

    private static void walk(Element parent, List<Block> out, StringBuilder loose) {
        Node prev = null;
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.getWholeText());
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED.contains(tag)) {
                    // skipped
                } else if (tag.equals("br")) {
                    if (prev instanceof Element pe && pe.normalName().equals("br")) flush(out, loose);
                    else loose.append('\n');
                } else if (tag.equals("p") || tag.matches("h[1-6]") || tag.equals("li") || tag.equals("blockquote")
                        || tag.equals("pre") || tag.equals("dt") || tag.equals("dd")) {
                    flush(out, loose);
                    if (tag.equals("blockquote") && !e.select("p").isEmpty()) {
                        for (Element p : e.select("p")) add(out, Block.Kind.QUOTE, 0, p.text());
                    } else {
                        Block.Kind kind = switch (tag) {
                            case "li" -> e.parent() != null && e.parent().normalName().equals("ol") ? Block.Kind.ORDERED_ITEM : Block.Kind.LIST_ITEM;
                            case "blockquote" -> Block.Kind.QUOTE;
                            case "pre" -> Block.Kind.PREFORMATTED;
                            case "p", "dt", "dd" -> Block.Kind.PARAGRAPH;
                            default -> Block.Kind.HEADING;
                        };
                        String text = kind == Block.Kind.PREFORMATTED ? e.wholeText() : e.text();
                        add(out, kind, kind == Block.Kind.HEADING ? tag.charAt(1) - '0' : 0, text);
                    }
                } else if (CONTAINERS.contains(tag)) {
                    flush(out, loose);
                    walk(e, out, loose);
                    flush(out, loose);
                } else {
                    walk(e, out, loose); // inline: its text joins the running paragraph
                }
            }
            if (!(n instanceof TextNode t && t.isBlank())) prev = n;
        }
    }

    private static void flush(List<Block> out, StringBuilder loose) {
        add(out, Block.Kind.PARAGRAPH, 0, loose.toString());
        loose.setLength(0);
    }

    private static void add(List<Block> out, Block.Kind kind, int level, String text) {
        String t = kind == Block.Kind.PREFORMATTED ? text.strip() : text.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) out.add(Block.of(kind, level, t));
    }
}
