package org.newslens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one article body. {@code published} is the date given, or the one
 * inferred from the text ({@code publishedInferred}), or null (relative dates then stay unresolved).
 */
public record Extraction(LocalDate published, boolean publishedInferred,
                         List<ExtractedActor> actors, List<ExtractedDate> dates, List<ExtractedQuote> quotes) {
    public Extraction {
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }
}
