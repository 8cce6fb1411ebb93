package org.newslens.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** A page title without the site's name that pages append (" | Site", " - Site", " — Site"). */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:]{1,2}\\s+");

    private Titles() {
    }

    /**
     * @param site    the site's name from metadata, or null
     * @param pageUrl the page's address (its host names the site too), or null
     */
    static String withoutSiteSuffix(String title, String site, String pageUrl) {
        if (title == null) return null;
        String t = title;
        for (int round = 0; round < 2; round++) {
            var m = SEPARATOR.matcher(t);
            int last = -1, lastEnd = -1;
            while (m.find()) {
                last = m.start();
                lastEnd = m.end();
            }
            if (last <= 0) break;
            String head = t.substring(0, last).strip();
            String tail = t.substring(lastEnd).strip();
            boolean pipe = t.substring(last, lastEnd).contains("|");
            if (Text.words(head) < 2) break;
            if (namesSite(tail, site, pageUrl) || pipe && Text.words(tail) <= 5) t = head;
            else break;
        }
        return t;
    }

    private static boolean namesSite(String part, String site, String pageUrl) {
        String p = letters(part);
        if (p.isEmpty()) return false;
        if (site != null && (letters(site).equals(p) || letters(site).contains(p) || p.contains(letters(site)))) return true;
        String host = host(pageUrl);
        if (host == null || p.length() < 3) return false;
        String core = hostCore(host);
        return host.contains(p) || Text.words(part) <= 4 && core.length() >= 3 && p.contains(core);
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) sb.append(c);
        return sb.toString();
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : letters(h.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The host without its public suffix, roughly: "nytimescom" → "nytimes". */
    private static String hostCore(String host) {
        return host.replaceFirst("(com|org|net|couk|co|uk|de|fr|au|ca|in|io|news)+$", "");
    }
}
