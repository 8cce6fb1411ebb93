package org.newslens.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.model.TimelineEntry;

/** Groups dated sentences by day, week or month; "auto" picks by the span of the dates. */
public final class TimelineGrouping {
    /** How finely the time axis is cut. */
    public enum Scale {
        AUTO("Auto"), DAY("Day"), WEEK("Week"), MONTH("Month");

        private final String label;

        Scale(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Up to this many days from first to last date: by day; up to {@link #WEEKS_UP_TO}: by week; else by month. */
    static final int DAYS_UP_TO = 45;
    static final int WEEKS_UP_TO = 270;


    /** One stretch of the axis (a day, a week from Monday, a month) and its sentences in calendar order. */
    public record Group(LocalDate start, String label, List<TimelineEntry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    private TimelineGrouping() {
    }

    /** The scale "auto" stands for with these entries (which come in calendar order). */
    public static Scale resolve(Scale scale, List<TimelineEntry> entries) {
        if (scale != Scale.AUTO) {
            return scale;
        }
        List<LocalDate> days = entries.stream().map(e -> day(e.day())).filter(d -> d != null).toList();
        if (days.isEmpty()) {
            return Scale.DAY;
        }
        long span = ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1));
        return span <= DAYS_UP_TO ? Scale.DAY : span <= WEEKS_UP_TO ? Scale.WEEK : Scale.MONTH;
    }

    public static List<Group> group(List<TimelineEntry> entries, Scale scale) {
        Scale s = resolve(scale, entries);
        Map<LocalDate, List<TimelineEntry>> byStart = new LinkedHashMap<>();
        for (TimelineEntry e : entries) {
            LocalDate d = day(e.day());
            if (d != null) {
                byStart.computeIfAbsent(start(d, s), k -> new ArrayList<>()).add(e);
            }
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
            default -> d;
        };
    }

    static String label(LocalDate start, Scale s) {
        return switch (s) {
            case WEEK -> "Week of " + org.newslens.dates.ReadableDates.day(start);
            case MONTH -> org.newslens.dates.ReadableDates.month(java.time.YearMonth.from(start));
            default -> org.newslens.dates.ReadableDates.day(start);
        };
    }

    static LocalDate day(String iso) {
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
