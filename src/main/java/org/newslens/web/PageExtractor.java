package org.newslens.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article in an HTML page. Thread-safe, no network: nothing the page references is fetched.
 * <p>First version: the page's paragraphs, headings, list items and quotes in document order.
 * To be replaced by the Readability-based extractor measured on webbench.
 */
public final class PageExtractor {
    private PageExtractor() {
    }

    /**
     * @param html    the page's markup
     * @param pageUrl the address the page came from (resolves relative links), or null
     */
    public static WebPage extract(String html, String pageUrl) {
        Document doc = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
        doc.select("script, style, noscript, iframe, object, embed, form, nav, header, footer, aside").remove();
        List<Block> blocks = new ArrayList<>();
        for (Element e : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")) {
            String t = e.text().strip();
            if (t.isEmpty()) continue;
            String tag = e.normalName();
            Block.Kind kind = switch (tag) {
                case "li" -> Block.Kind.LIST_ITEM;
                case "blockquote" -> Block.Kind.QUOTE;
                case "pre" -> Block.Kind.PREFORMATTED;
                case "p" -> Block.Kind.PARAGRAPH;
                default -> Block.Kind.HEADING;
            };
            int level = kind == Block.Kind.HEADING ? tag.charAt(1) - '0' : 0;
            blocks.add(Block.of(kind, level, t));
        }
        String title = doc.title().strip();
        return new WebPage(title, List.of(), null, pageUrl, null, null, new ArticleStructure(blocks));
    }
}
