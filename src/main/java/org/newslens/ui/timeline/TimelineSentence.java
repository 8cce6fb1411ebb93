package org.newslens.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newslens.model.TimelineEntry;

/**
 * One sentence on the timeline with every day it names ({@code dates}, in calendar order, each
 * {@link TimelineEntry} a date as written) and the people in it. Its place on the axis is its earliest day.
 */
public record TimelineSentence(long articleId, String articleTitle, int sentenceStart, String sentence,
                               List<TimelineEntry> dates, List<String> actors) {
    private static final Comparator<TimelineEntry> CALENDAR =
            Comparator.comparing(TimelineEntry::day).thenComparingInt(TimelineEntry::start);

    public TimelineSentence {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("a timeline sentence names at least one day");
        }
        dates = dates.stream().sorted(CALENDAR).toList();
        actors = List.copyOf(actors);
    }

    /** The earliest day the sentence names. */
    public LocalDate earliest() {
        return days().get(0);
    }

    /** The distinct days it names, in calendar order. */
    public List<LocalDate> days() {
        return dates.stream().map(e -> TimelineGrouping.day(e.day())).filter(Objects::nonNull).distinct().toList();
    }

    /** The sentence's span in the body: from its start over its text. */
    public int sentenceEnd() {
        return sentenceStart + (sentence == null ? 0 : sentence.length());
    }

    /**
     * One sentence per (article, sentence start), with all its dates and the people of all of them,
     * sorted by the earliest day, then article and place. Entries whose day is not a calendar day are dropped.
     */
    public static List<TimelineSentence> merge(List<TimelineEntry> entries) {
        record Key(long article, int sentenceStart) {
        }
        Map<Key, List<TimelineEntry>> bySentence = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            if (TimelineGrouping.day(e.day()) != null) {
                bySentence.computeIfAbsent(new Key(e.articleId(), e.sentenceStart()), k -> new ArrayList<>()).add(e);
            }
        }
        List<TimelineSentence> out = new ArrayList<>();
        for (List<TimelineEntry> dates : bySentence.values()) {
            TimelineEntry first = dates.get(0);
            LinkedHashSet<String> people = new LinkedHashSet<>();
            dates.stream().sorted(CALENDAR).forEach(e -> people.addAll(e.actors()));
            out.add(new TimelineSentence(first.articleId(), first.articleTitle(), first.sentenceStart(), first.sentence(),
                    dates, List.copyOf(people)));
        }
        out.sort(Comparator.comparing(TimelineSentence::earliest).thenComparingLong(TimelineSentence::articleId)
                .thenComparingInt(TimelineSentence::sentenceStart));
        return List.copyOf(out);
    }
}
