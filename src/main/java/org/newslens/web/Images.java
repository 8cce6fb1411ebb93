package org.newslens.web;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** An image's address as a reader may show it, and the tracking pixels that must not become images. */
final class Images {
    private static final String[] SOURCES = {"src", "data-src", "data-lazy-src", "data-original", "data-url"};

    private Images() {
    }

    /** The first absolute http(s) source of the image (lazy-loading attributes included), or null. */
    static String source(Element img) {
        for (String a : SOURCES) {
            if (!img.hasAttr(a)) continue;
            String abs = img.absUrl(a).strip();
            String lower = abs.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("http://") || lower.startsWith("https://"))
                    && abs.chars().noneMatch(c -> c <= 0x20 || c == 0x7f)) {
                return abs;
            }
        }
        return null;
    }

    /** A 1×1 (or 0×0) image, or one hidden by its attributes: a tracking pixel, never content. */
    static boolean isPixel(Element img) {
        return tiny(img.attr("width")) || tiny(img.attr("height")) || Visibility.hidden(img)
                || styleTiny(img.attr("style"));
    }

    private static boolean tiny(String dimension) {
        String d = dimension.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith("px")) d = d.substring(0, d.length() - 2).strip();
        if (d.isEmpty()) return false;
        try {
            return Double.parseDouble(d) <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean styleTiny(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("width:1px") || s.contains("height:1px") || s.contains("width:0") || s.contains("height:0");
    }
}
