package org.newslens.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article in an HTML page: its metadata ({@link MetadataReader}), its element
 * ({@link ArticleFinder}: Readability4J corrected by {@link Boilerplate}) and its structure
 * ({@link BlockBuilder}). Thread-safe, no network: nothing the page references is fetched.
 */
public final class PageExtractor {
    private PageExtractor() {
    }

    /**
     * @param html    the page's markup
     * @param pageUrl the address the page came from (resolves relative links), or null
     */
    public static WebPage extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        PageMetadata meta = MetadataReader.read(doc);
        ArticleFinder.Found found = ArticleFinder.find(doc, pageUrl);
        List<Block> blocks = found == null ? List.of() : BlockBuilder.build(found.root(), found.skip());

        String title = meta.headline();
        Element h1 = found == null ? null : found.root().selectFirst("h1");
        if (h1 == null) h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
        if (title == null && h1 != null && !Text.normalise(h1.text()).isEmpty()) title = Text.normalise(h1.text());
        if (title == null) title = meta.docTitle();
        if (title == null) title = "";

        blocks = BlockFilter.apply(blocks, title);
        if (words(blocks) < MIN_WORDS) blocks = fromJsonLd(meta.articleBody(), pageUrl);

        LocalDate published = meta.published();
        if (published == null && found != null) {
            for (Element t : found.root().select("time[datetime]")) {
                published = Dates.parse(t.attr("datetime"));
                if (published != null) break;
            }
        }
        String url = meta.url() != null ? meta.url() : pageUrl;
        return new WebPage(title, meta.authors(), meta.site(), url, meta.language(), published,
                new ArticleStructure(blocks));
    }

    /**
     * A fragment of article HTML (a feed item's content or summary) as blocks, by the same allowlist
     * as a page's article: structure, safe links, images without tracking pixels; nothing active.
     */
    public static ArticleStructure fragment(String html, String baseUrl) {
        if (html == null || html.isBlank()) return new ArticleStructure(List.of());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl);
        return new ArticleStructure(BlockBuilder.build(doc.body(), e -> false));
    }

    /** Fewer words than this is not an article (a login page, a bare index). */
    static final int MIN_WORDS = 15;

    /** A page whose HTML holds no article (one drawn by scripts) may still state it in JSON-LD. */
    private static List<Block> fromJsonLd(String articleBody, String pageUrl) {
        if (articleBody == null) return List.of();
        List<Block> out;
        if (articleBody.contains("<")) {
            Document fragment = Jsoup.parseBodyFragment(articleBody, pageUrl == null ? "" : pageUrl);
            out = BlockBuilder.build(fragment.body(), e -> Boilerplate.marked(e));
        } else {
            out = new ArrayList<>();
            for (String line : articleBody.split("\\r?\\n")) {
                String t = Text.normalise(line);
                if (!t.isEmpty()) out.add(Block.paragraph(t));
            }
        }
        return words(out) >= MIN_WORDS ? out : List.of();
    }

    private static int words(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) if (b.isText()) n += Text.words(b.text());
        return n;
    }
}
