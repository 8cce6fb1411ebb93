package org.newslens.web;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hints that an element inside the article is not article text, from the page's own markup: the
 * class and id names sites give captions, credits, bylines, dates, share bars, "related" lists,
 * newsletters and comments; the tags and roles for navigation and asides; and link density.
 * General mechanisms only: no site or page is named here.
 */
final class Boilerplate {
    /** Substrings of a class or id name that mark boilerplate wherever they appear. */
    private static final Pattern NEGATIVE_PART = Pattern.compile(
            "caption|credit|gallery|byline|share|sharing|social|related|recommend|newsletter|subscri|signup|promo"
                    + "|sponsor|advert|outbrain|taboola|breadcrumb|sidebar|comment(?!ary)|disqus|trending|popular|most-read"
                    + "|mostread|read-more|readmore|more-stories|morestories|teaser|paywall|cookie|consent|toolbar"
                    + "|dateline|timestamp|published|updated|pubdate|author|copyright|disclaimer|print-only|skip-link"
                    + "|sr-only|screen-reader|visually-hidden|visuallyhidden|offscreen|hide-text|tags|tagline|keywords"
                    + "|footer|masthead|meta-data|metadata|post-meta|article-meta|entry-meta|story-meta|modal|popup"
                    + "|overlay|banner|widget|rating|video-player|inline-video|also-read|see-also|seealso|next-article"
                    + "|prev-article|pagination|pager|contributor|follow|donate|membership|login|alert-bar|standfirst"
                    + "|strapline|post-?info|entry-?info|article-?info|story-?info");
    /** Whole words of a class or id name (split at '-', '_', spaces and case changes) that mark boilerplate. */
    private static final Set<String> NEGATIVE_WORD = Set.of("ad", "ads", "adv", "nav", "menu", "tag", "meta", "date",
            "time", "more", "print", "hidden", "hide", "source", "cta", "extra", "aside", "inset", "embed",
            "kicker", "eyebrow", "label", "badge", "icon", "byl", "bio");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    /** Substrings naming the article's text itself; they outweigh a negative hint. */
    private static final Pattern POSITIVE_PART = Pattern.compile(
            "article-?body|articlebody|story-?body|entry-?content|post-?content|post-?body|article-?content"
                    + "|article-?text|body-?text|story-?content|main-?content|articletext|storytext|rich-?text");
    private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "aside", "header", "footer", "figcaption", "menu", "dialog",
            "button", "label");
    private static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
            "menu", "menubar", "dialog", "alert", "search", "toolbar", "tablist", "note");
    private static final Set<String> NEGATIVE_ITEMPROPS = Set.of("author", "datepublished", "datemodified", "publisher",
            "creator", "contributor", "caption", "copyrightholder", "keywords");

    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub",
            "mark", "abbr", "cite", "q", "time", "font", "code", "var", "dfn", "s", "del", "ins");

    private Boilerplate() {
    }

    /** True when the element's markup says it is not article text. */
    static boolean marked(Element e) {
        if (NEGATIVE_TAGS.contains(e.normalName())) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && NEGATIVE_ROLES.contains(role)) return true;
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (!itemprop.isEmpty() && NEGATIVE_ITEMPROPS.contains(itemprop)) return true;
        if ("author".equalsIgnoreCase(e.attr("rel"))) return true;
        if (e.hasAttr("aria-hidden") && "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        String names = (e.className() + " " + e.id()).strip();
        if (names.isEmpty()) return false;
        if (INLINE.contains(e.normalName()) && e.closest("p") != null) return false; // a word styled in a sentence
        String lower = names.toLowerCase(Locale.ROOT);
        if (POSITIVE_PART.matcher(lower).find()) return false;
        if (NEGATIVE_PART.matcher(lower).find()) return true;
        for (String w : WORD_SPLIT.split(names)) {
            if (!w.isEmpty() && NEGATIVE_WORD.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
