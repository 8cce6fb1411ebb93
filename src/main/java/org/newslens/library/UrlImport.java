package org.newslens.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.newslens.model.NewArticle;
import org.newslens.net.FetchException;
import org.newslens.net.FetchRequest;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;
import org.newslens.web.PageExtractor;
import org.newslens.web.WebPage;

/**
 * A web page by its address: fetched (politely, by the {@link Fetcher}), decoded, cleaned by the
 * {@link PageExtractor} and made an article by {@link PageArticles}, like a saved page. Storing it
 * is {@link ImportService#importUrls}'s job, through the same path as files.
 */
public final class UrlImport {
    /** What we ask for: a page; anything else only if there is no page. */
    static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private UrlImport() {
    }

    /** True when {@code text} is meant as a web address (http:// or https://), not a file path. */
    public static boolean isWebAddress(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    /**
     * The web address in what the user typed, pasted or dropped: the first line, trimmed, spaces
     * escaped; "example.com/page" is taken as https.
     *
     * @throws ImportException when it is not an http(s) address with a host
     */
    public static URI parse(String text) throws ImportException {
        String t = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        if (t.isEmpty()) {
            throw new ImportException("no web address given");
        }
        if (!t.contains("://") && !t.contains(" ") && t.matches("[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}(?::\\d+)?([/?#].*)?")) {
            t = "https://" + t;
        }
        if (!isWebAddress(t)) {
            throw new ImportException("not a web address (http:// or https://): " + t);
        }
        try {
            URI uri = new URI(t.replace(" ", "%20"));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new ImportException("no host in the address " + t);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportException("not a valid web address: " + t);
        }
    }

    /** The web address on a clipboard or drag board: a URL string or the first entry of a text/uri-list. */
    public static Optional<URI> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue; // uri-list comments
            }
            if (!isWebAddress(line)) {
                return Optional.empty();
            }
            try {
                return Optional.of(parse(line));
            } catch (ImportException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Fetches the page at {@code uri} and makes it an article. */
    static NewArticle load(Fetcher fetcher, URI uri) throws ImportException, InterruptedException {
        FetchResponse r;
        try {
            r = fetcher.fetch(new FetchRequest(uri, null, null, ACCEPT));
        } catch (FetchException e) {
            throw new ImportException(e.reason(), e);
        }
        if (r.notModified() || r.body().length == 0) {
            throw new ImportException("the server sent an empty page");
        }
        if (!isHtml(r.contentType(), r.body())) {
            throw new ImportException("not a web page (" + mediaType(r.contentType()) + ")");
        }
        String html = HtmlDecoder.decode(r.body(), r.contentType());
        String address = r.finalUri().toString();
        WebPage page = PageExtractor.extract(html, address);
        return PageArticles.from(page, address);
    }

    /** HTML by its Content-Type; without one, by its first non-blank character. */
    static boolean isHtml(String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            for (byte b : body) {
                if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                    return b == '<';
                }
            }
            return false;
        }
        String type = mediaType(contentType);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "no content type";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
