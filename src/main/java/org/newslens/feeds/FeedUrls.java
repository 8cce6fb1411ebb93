package org.newslens.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Addresses as feeds use them: canonical forms for duplicate detection, and which ones may be followed. */
public final class FeedUrls {
    private FeedUrls() {
    }

    /**
     * The canonical form of an article address: scheme and host lower-cased, default port, fragment and
     * tracking parameters (utm_*, fbclid, gclid) dropped. Null for anything that is not http(s).
     */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) return null;
            int port = u.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) port = -1;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            String query = cleanQuery(u.getRawQuery());
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String cleanQuery(String q) {
        if (q == null || q.isEmpty()) return null;
        List<String> kept = new ArrayList<>();
        for (String p : q.split("&")) {
            String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid") || n.isEmpty()) continue;
            kept.add(p);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /**
     * True when a canonical URL names one article, so that two items with it are one article: not a
     * site's front page (some feeds link every item to it).
     */
    static boolean identifiesArticle(String canonical) {
        if (canonical == null) return false;
        URI u = URI.create(canonical);
        return u.getRawPath() != null && !u.getRawPath().equals("/") || u.getRawQuery() != null;
    }

    /** Parses a user-given address: http(s) only; "example.com/feed" gets https://. */
    public static URI parseUserUrl(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("no address given");
        if (!t.contains("://")) t = "https://" + t;
        URI u;
        try {
            u = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: " + s);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw new IllegalArgumentException("only http and https addresses: " + s);
        if (u.getHost() == null) throw new IllegalArgumentException("not a web address: " + s);
        return u;
    }
}
