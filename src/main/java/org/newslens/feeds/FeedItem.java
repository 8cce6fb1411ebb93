package org.newslens.feeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed as published.
 *
 * @param title     the item's title, possibly empty
 * @param link      the article's address (absolute), or null
 * @param guid      the feed's own identifier of the item (guid, id, rdf:about), else the link, else a
 *                  hash of title and text: never null, stable across fetches of an unchanged item
 * @param published the publication day, or null when absent or not a real date (never made up)
 * @param authors   author names, possibly empty
 * @param content   the full text as HTML, or null
 * @param summary   the summary or description as HTML, or null
 */
public record FeedItem(String title, String link, String guid, LocalDate published, List<String> authors,
                       String content, String summary) {
    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        title = title == null ? "" : title.strip();
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
