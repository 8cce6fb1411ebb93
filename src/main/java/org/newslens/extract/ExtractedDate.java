package org.newslens.extract;

import java.util.List;

/**
 * A temporal expression: its text and span, TIMEX3 type (DATE, TIME, DURATION, SET) and value
 * resolved against the published date, the sentence it sits in and the actors (canonical names)
 * of that sentence.
 */
public record ExtractedDate(String text, String value, String type, int start, int end,
                            String sentence, int sentenceStart, int sentenceEnd, List<String> actors) {
    public ExtractedDate {
        actors = List.copyOf(actors);
    }
}
