package org.newslens.model;

import java.util.List;

/** A dated sentence on the timeline: the day it names, where it is, and who is in it. */
public record TimelineEntry(String day, String value, String text, long articleId, String articleTitle,
                            int start, int end, String sentence, List<String> actors) {
    public TimelineEntry {
        actors = List.copyOf(actors);
    }
}
