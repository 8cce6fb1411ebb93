package org.newslens.model;

import java.util.List;

/**
 * A date in a sentence, for the timeline: the day it names, where it is ({@code start}/{@code end} of
 * the date words, {@code sentenceStart} of its sentence, all offsets into the body), the sentence and
 * who is in it. A sentence naming two days gives two entries with the same {@code sentenceStart}.
 */
public record TimelineEntry(String day, String value, String text, long articleId, String articleTitle,
                            int start, int end, int sentenceStart, String sentence, List<String> actors) {
    public TimelineEntry {
        actors = List.copyOf(actors);
    }
}
