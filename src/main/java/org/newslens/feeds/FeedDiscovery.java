package org.newslens.feeds;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.net.FetchException;
import org.newslens.net.FetchRequest;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;

/**
 * Finds the feed behind an address: the address itself if it is a feed; else, for an HTML page, its
 * {@code <link rel="alternate">} of RSS, Atom or JSON Feed type (from the response already fetched);
 * else the common paths {@code /feed}, {@code /rss.xml}, {@code /atom.xml}, {@code /feed.xml}, {@code /index.xml}.
 */
public final class FeedDiscovery {
    static final List<String> COMMON_PATHS = List.of("/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml");
    static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/feed+json",
            "application/rdf+xml", "application/json", "application/xml", "text/xml");
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
            + "text/xml;q=0.9, text/html;q=0.5, */*;q=0.1";

    /** The feed found: its address (after redirects), the response it came in, and the parse of it. */
    public record Found(URI feedUrl, FetchResponse response, ParsedFeed feed) {
    }

    private final Fetcher fetcher;
    private final Clock clock;

    public FeedDiscovery(Fetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * @throws FetchException when the address itself cannot be fetched ("404 Not Found")
     * @throws FeedException  when it is fetched but neither is nor leads to a feed
     */
    public Found discover(URI url) throws FetchException, FeedException, InterruptedException {
        FetchResponse first = fetcher.fetch(new FetchRequest(url, null, null, ACCEPT));
        FeedException notAFeed;
        try {
            return new Found(first.finalUri(), first, parse(first));
        } catch (FeedException e) {
            notAFeed = e;
        }
        String text = FeedCharsets.decode(first.body(), first.contentType());
        if (!FeedParser.looksLikeHtml(text.stripLeading())) throw notAFeed;
        Set<URI> candidates = new LinkedHashSet<>(linkedFeeds(text, first.finalUri()));
        for (String path : COMMON_PATHS) {
            candidates.add(first.finalUri().resolve(path));
        }
        candidates.remove(first.finalUri());
        for (URI candidate : candidates) {
            try {
                FetchResponse r = fetcher.fetch(new FetchRequest(candidate, null, null, ACCEPT));
                return new Found(r.finalUri(), r, parse(r));
            } catch (FetchException | FeedException e) {
                // next candidate
            }
        }
        throw new FeedException("no feed found: " + url + " is an HTML page that links no feed, and none of "
                + String.join(", ", COMMON_PATHS) + " is one");
    }

    private ParsedFeed parse(FetchResponse r) throws FeedException {
        return FeedParser.parse(r.body(), r.contentType(), r.finalUri(), clock.instant());
    }

    /** The page's alternate links of a feed type, in page order, resolved against the page (or its {@code <base>}). */
    static List<URI> linkedFeeds(String html, URI page) {
        Document doc = Jsoup.parse(html, page.toString());
        List<URI> out = new ArrayList<>();
        for (Element link : doc.select("link[rel][href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].trim();
            if (!rels.contains("alternate") || !FEED_TYPES.contains(type)) continue;
            String abs = link.absUrl("href");
            try {
                URI u = new URI(abs);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) out.add(u);
            } catch (java.net.URISyntaxException e) {
                // not an address
            }
        }
        return out;
    }
}
