package org.newslens.web;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** Elements the page itself hides from readers: {@code hidden}, {@code display:none}, {@code visibility:hidden}. */
final class Visibility {
    private Visibility() {
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if (!e.hasAttr("style")) return false;
        String s = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
