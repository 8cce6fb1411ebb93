package org.newslens.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.format.DateTimeParseException;

/**
 * One sentence on the timeline with every day it names ({@code dates}, in calendar order, each
 * {@link TimelineEntry} a date as written) and the people in it. Its place on the axis is its earliest day.
 * Shared by the window's timeline and the {@code timeline} command.
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
        return dates.stream().map(e -> day(e.day())).filter(Objects::nonNull).distinct().toList();
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
            if (day(e.day()) != null) {
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

    /** The calendar day an entry's ISO day starts with ({@code 2009-03-12}, also of {@code 2009-03-12T10:00}); null for none. */
    public static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
