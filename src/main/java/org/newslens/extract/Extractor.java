package org.newslens.extract;

import java.time.LocalDate;

/** Extracts actors, dates and quotes from an article body. Implementations are thread-safe. */
public interface Extractor {
    /**
     * @param body            the article body (offsets in the result refer to it)
     * @param publishedOrNull the publication date from metadata, or null to infer it from the text
     */
    Extraction extract(String body, LocalDate publishedOrNull);

    /** Version of the rules and models (stored with results to re-run stale ones); changes whenever output may. */
    String version();
}
