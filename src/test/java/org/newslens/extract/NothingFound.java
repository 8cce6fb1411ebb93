package org.newslens.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A test engine of the given version that finds nothing (the published date as given, no actors, dates
 * or quotes), fast and without models; {@code onEach} runs as each article is analysed.
 */
public record NothingFound(String version, Runnable onEach) implements Extractor {
    @Override
    public Extraction extract(String body, LocalDate publishedOrNull) {
        onEach.run();
        return new Extraction(publishedOrNull, false, List.of(), List.of(), List.of());
    }
}
