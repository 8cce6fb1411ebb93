package org.newslens.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Block;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a page's own description of its article: JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}, {@code ReportageNewsArticle} and their kin, also inside {@code @graph} and
 * arrays), OpenGraph, {@code <meta name=author|date|…>}, {@code <link rel=canonical>} and
 * {@code <html lang>}. Malformed values are ignored, never thrown.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_JSON_LD = 2_000_000;
    /** meta names (lower case) that carry the publication date, best first. */
    private static final List<String> DATE_NAMES = List.of("article:published_time", "og:article:published_time",
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "article_date_original", "originalpublicationdate",
            "cxenseparse:recs:publishtime", "og:published_time", "date.release");

    private MetadataReader() {
    }

    static PageMetadata read(Document doc) {
        Map<String, String> meta = metaTags(doc);
        JsonNode ld = articleJsonLd(doc);

        String headline = ld == null ? null : clean(text(ld.get("headline")));
        if (headline == null && ld != null) headline = clean(text(ld.get("name")));
        if (headline == null) headline = clean(meta.get("og:title"));
        if (headline == null) headline = clean(meta.get("twitter:title"));

        String site = clean(meta.get("og:site_name"));
        if (site == null && ld != null) site = clean(name(first(ld.get("publisher"))));
        if (site == null) site = clean(meta.get("application-name"));

        Set<String> authors = new LinkedHashSet<>();
        if (ld != null) addAuthors(ld.get("author"), authors);
        if (authors.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=author], meta[name=dc.creator], meta[name=byl]")) {
                addAuthorNames(m.attr("content"), authors);
            }
        }
        if (authors.isEmpty()) addAuthorNames(meta.get("article:author"), authors);
        String siteName = site;
        authors.removeIf(a -> a.equalsIgnoreCase(siteName));

        LocalDate published = ld == null ? null : Dates.parse(text(ld.get("datePublished")));
        for (int i = 0; published == null && i < DATE_NAMES.size(); i++) published = Dates.parse(meta.get(DATE_NAMES.get(i)));
        if (published == null && ld != null) published = Dates.parse(text(ld.get("dateCreated")));

        String url = absolute(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) url = http(meta.get("og:url"));
        if (url == null && ld != null) url = http(text(ld.get("url")));
        if (url == null && ld != null) url = http(text(ld.path("mainEntityOfPage").isObject()
                ? ld.path("mainEntityOfPage").get("@id") : ld.get("mainEntityOfPage")));

        String lang = language(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        if (lang == null) lang = language(meta.get("content-language"));
        if (lang == null && ld != null) lang = language(text(ld.get("inLanguage")));
        if (lang == null) lang = language(meta.get("og:locale"));

        return new PageMetadata(headline, Titles.withoutSiteSuffix(clean(doc.title()), site, doc.location()),
                List.copyOf(authors), site, url, lang, published, ld == null ? null : text(ld.get("articleBody")));
    }

    /** meta tags by lower-cased property, name, itemprop or http-equiv; the first of each wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (content.isBlank()) continue;
            for (String key : new String[]{m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv")}) {
                if (!key.isBlank()) out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
            }
        }
        return out;
    }

    /** The first article object in the page's JSON-LD, or null. */
    static JsonNode articleJsonLd(Document doc) {
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = s.data();
            if (data.isBlank() || data.length() > MAX_JSON_LD) continue;
            try {
                JsonNode found = findArticle(JSON.readTree(data.strip()), 0);
                if (found != null) return found;
            } catch (JsonProcessingException | RuntimeException e) {
                // malformed JSON-LD: ignored
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n, int depth) {
        if (n == null || depth > 8) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!n.isObject()) return null;
        if (isArticleType(n.get("@type"))) return n;
        JsonNode f = findArticle(n.get("@graph"), depth + 1);
        if (f == null) f = findArticle(n.get("mainEntity"), depth + 1);
        return f;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }
        String t = type.asText("");
        int colon = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        t = t.substring(colon + 1);
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting") || t.equals("Report");
    }

    private static void addAuthors(JsonNode a, Set<String> out) {
        if (a == null) return;
        if (a.isArray()) {
            for (JsonNode x : a) addAuthors(x, out);
        } else if (a.isTextual()) {
            addAuthorNames(a.asText(), out);
        } else if (a.isObject()) {
            addAuthorNames(name(a), out);
        }
    }

    private static void addAuthorNames(String raw, Set<String> out) {
        String s = clean(raw);
        if (s == null || s.length() > 200 || http(s) != null) return;
        s = s.replaceFirst("(?i)^by\\s+", "");
        for (String part : s.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String p = clean(part);
            if (p != null && Text.words(p) <= 6) out.add(p);
        }
    }

    private static JsonNode first(JsonNode n) {
        return n != null && n.isArray() ? (n.isEmpty() ? null : n.get(0)) : n;
    }

    private static String name(JsonNode n) {
        if (n == null) return null;
        if (n.isTextual()) return n.asText();
        return text(n.get("name"));
    }

    private static String text(JsonNode n) {
        n = first(n);
        if (n == null) return null;
        if (n.isTextual() || n.isNumber()) return n.asText();
        if (n.isObject()) return n.has("@value") ? n.get("@value").asText() : n.has("name") ? text(n.get("name")) : null;
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = Text.normalise(org.jsoup.parser.Parser.unescapeEntities(s, false));
        return t.isEmpty() ? null : t;
    }

    private static String absolute(Element e, String attr) {
        return e == null ? null : http(e.absUrl(attr));
    }

    private static String http(String s) {
        if (s == null) return null;
        String h = Block.safeHref(s);
        return h != null && !h.toLowerCase(Locale.ROOT).startsWith("mailto:") ? h : null;
    }

    private static String language(String raw) {
        if (raw == null) return null;
        String s = raw.strip().replace('_', '-');
        int comma = s.indexOf(',');
        if (comma >= 0) s = s.substring(0, comma).strip();
        return s.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? s : null;
    }

}
