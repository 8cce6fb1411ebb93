package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.dates.ReadableDates;

/**
 * Cuts the time axis by day, week, month or year ("auto" picks by the span of the dates) and groups
 * the timeline's sentences under the period of their earliest day.
 */
public final class TimelineGrouping {
    /** How finely the time axis is cut. */
    public enum Scale {
        AUTO("Auto"), DAY("Day"), WEEK("Week"), MONTH("Month"), YEAR("Year");

        private final String label;

        Scale(String label) {
            this.label = label;
        }

        /** The next coarser scale (a year stays a year). */
        Scale coarser() {
            return switch (this) {
                case AUTO, DAY -> WEEK;
                case WEEK -> MONTH;
                default -> YEAR;
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Up to this many days from first to last date: by day; up to {@link #WEEKS_UP_TO}: by week; up to {@link #MONTHS_UP_TO}: by month; else by year. */
    static final int DAYS_UP_TO = 45;
    static final int WEEKS_UP_TO = 270;
    static final int MONTHS_UP_TO = 15 * 366;
    /** A chosen scale that would cut the span into more periods than this gives way to a coarser one. */
    static final int MAX_PERIODS = 800;

    /** One period of the axis (a day, a week from Monday, a month, a year) and its sentences in calendar order. */
    public record Group(LocalDate start, String label, List<TimelineSentence> sentences) {
        public Group {
            sentences = List.copyOf(sentences);
        }
    }

    private TimelineGrouping() {
    }

    /** The scale in use for these sentences: "auto" by the span; a chosen one unless it gives more than {@link #MAX_PERIODS} periods. */
    public static Scale resolve(Scale scale, List<TimelineSentence> sentences) {
        List<LocalDate> days = sentences.stream().flatMap(s -> s.days().stream()).sorted().toList();
        if (days.isEmpty()) {
            return scale == Scale.AUTO ? Scale.DAY : scale;
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        Scale s = scale;
        if (s == Scale.AUTO) {
            long span = ChronoUnit.DAYS.between(first, last);
            s = span <= DAYS_UP_TO ? Scale.DAY : span <= WEEKS_UP_TO ? Scale.WEEK : span <= MONTHS_UP_TO ? Scale.MONTH : Scale.YEAR;
        }
        while (s != Scale.YEAR && periods(first, last, s) > MAX_PERIODS) {
            s = s.coarser();
        }
        return s;
    }

    /** How many periods of scale {@code s} run from the one holding {@code first} to the one holding {@code last}. */
    static long periods(LocalDate first, LocalDate last, Scale s) {
        LocalDate a = start(first, s);
        LocalDate b = start(last, s);
        return switch (s) {
            case WEEK -> ChronoUnit.WEEKS.between(a, b) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(a, b) + 1;
            case YEAR -> ChronoUnit.YEARS.between(a, b) + 1;
            default -> ChronoUnit.DAYS.between(a, b) + 1;
        };
    }

    /** The periods that hold sentences, in order, each with the sentences whose earliest day falls in it. */
    public static List<Group> group(List<TimelineSentence> sentences, Scale scale) {
        Scale s = resolve(scale, sentences);
        Map<LocalDate, List<TimelineSentence>> byStart = new LinkedHashMap<>();
        for (TimelineSentence t : sentences) {
            byStart.computeIfAbsent(start(t.earliest(), s), k -> new ArrayList<>()).add(t);
        }
        List<Group> out = new ArrayList<>();
        byStart.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(en -> out.add(new Group(en.getKey(), label(en.getKey(), s), en.getValue())));
        return List.copyOf(out);
    }

    static LocalDate start(LocalDate d, Scale s) {
        return switch (s) {
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
            default -> d;
        };
    }

    /** The start of the period after the one starting at {@code start}. */
    static LocalDate next(LocalDate start, Scale s) {
        return switch (s) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
            default -> start.plusDays(1);
        };
    }

    static String label(LocalDate start, Scale s) {
        return switch (s) {
            case WEEK -> "Week of " + ReadableDates.day(start);
            case MONTH -> ReadableDates.month(YearMonth.from(start));
            case YEAR -> Integer.toString(start.getYear());
            default -> ReadableDates.day(start);
        };
    }

    static LocalDate day(String iso) {
        return TimelineSentence.day(iso);
    }
}
