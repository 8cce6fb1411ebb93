package org.newslens.feeds;

import java.util.List;

/**
 * A feed as parsed: its kind ("rss_2.0", "atom_1.0", "json_1.1"...), title, the site it belongs to,
 * and its items in the feed's order.
 */
public record ParsedFeed(String type, String title, String siteUrl, List<FeedItem> items) {
    public ParsedFeed {
        title = title == null ? "" : title.strip();
        items = List.copyOf(items);
    }
}
