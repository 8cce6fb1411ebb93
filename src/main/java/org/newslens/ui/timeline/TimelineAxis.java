package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.newslens.dates.ReadableDates;
import org.newslens.ui.timeline.TimelineGrouping.Scale;

/**
 * The histogram's time axis, computed without a scene: every period (a bin) from the one holding the
 * first day to the one holding the last, empty ones included, each with the number of sentences that
 * name a day in it; and the labelled ticks that fit a given width. Positions are fractions of the
 * axis by days, so a month of 31 days is wider than February: it is a real time axis.
 *
 * @param bins in order, without gaps; empty when there is no dated sentence
 */
public record TimelineAxis(Scale scale, List<Bin> bins) {
    /** No sentence, no axis. */
    public static final TimelineAxis EMPTY = new TimelineAxis(Scale.DAY, List.of());

    /** One period: from {@code start} (inclusive) to {@code end} (exclusive), its label and how many sentences name a day in it. */
    public record Bin(LocalDate start, LocalDate end, String label, int count) {
    }

    /** A labelled tick at {@code date}, {@code position} along the axis (0 at its start, 1 at its end). */
    public record Tick(LocalDate date, double position, String label) {
    }

    /** How ticks step: a unit and a count of them. */
    private record Step(ChronoUnit unit, int every) {
    }

    /** From the finest to the coarsest; the first whose labels fit is used. */
    private static final List<Step> STEPS = List.of(
            new Step(ChronoUnit.DAYS, 1), new Step(ChronoUnit.DAYS, 2), new Step(ChronoUnit.WEEKS, 1), new Step(ChronoUnit.WEEKS, 2),
            new Step(ChronoUnit.MONTHS, 1), new Step(ChronoUnit.MONTHS, 2), new Step(ChronoUnit.MONTHS, 3), new Step(ChronoUnit.MONTHS, 6),
            new Step(ChronoUnit.YEARS, 1), new Step(ChronoUnit.YEARS, 2), new Step(ChronoUnit.YEARS, 5), new Step(ChronoUnit.YEARS, 10),
            new Step(ChronoUnit.YEARS, 20), new Step(ChronoUnit.YEARS, 50), new Step(ChronoUnit.YEARS, 100), new Step(ChronoUnit.YEARS, 200),
            new Step(ChronoUnit.YEARS, 500), new Step(ChronoUnit.YEARS, 1000));

    public TimelineAxis {
        bins = List.copyOf(bins);
    }

    /** The axis of these sentences at this scale ({@link TimelineGrouping#resolve} decides "auto" and too fine a scale). */
    public static TimelineAxis of(List<TimelineSentence> sentences, Scale scale) {
        Scale s = TimelineGrouping.resolve(scale, sentences);
        List<LocalDate> days = sentences.stream().flatMap(t -> t.days().stream()).sorted().toList();
        if (days.isEmpty()) {
            return new TimelineAxis(s, List.of());
        }
        LocalDate first = TimelineGrouping.start(days.get(0), s);
        LocalDate last = TimelineGrouping.start(days.get(days.size() - 1), s);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = TimelineGrouping.next(d, s)) {
            starts.add(d);
        }
        int[] counts = new int[starts.size()];
        for (TimelineSentence t : sentences) {
            // A sentence counts once in each period it names a day in.
            t.days().stream().map(d -> TimelineGrouping.start(d, s)).distinct()
                    .forEach(p -> counts[index(first, p, s)]++);
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            bins.add(new Bin(start, TimelineGrouping.next(start, s), TimelineGrouping.label(start, s), counts[i]));
        }
        return new TimelineAxis(s, bins);
    }

    private static int index(LocalDate first, LocalDate periodStart, Scale s) {
        return (int) (TimelineGrouping.periods(first, periodStart, s) - 1);
    }

    public boolean isEmpty() {
        return bins.isEmpty();
    }

    /** The first day of the axis. */
    public LocalDate start() {
        return bins.get(0).start();
    }

    /** The day after the axis (exclusive end). */
    public LocalDate end() {
        return bins.get(bins.size() - 1).end();
    }

    /** The largest bin count (0 for an empty axis). */
    public int most() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }

    /** Where a day falls along the axis: 0 at its start, 1 at its end. */
    public double position(LocalDate d) {
        return (double) ChronoUnit.DAYS.between(start(), d) / ChronoUnit.DAYS.between(start(), end());
    }

    /**
     * Labelled ticks for an axis {@code width} wide: the finest step (days, weeks, months, years) whose
     * labels, each starting at its tick, leave at least {@code gap} between them and end inside the
     * width. A label that would run past the right end is left out, not the step.
     *
     * @param textWidth the drawn width of a label
     */
    public List<Tick> ticks(double width, ToDoubleFunction<String> textWidth, double gap) {
        if (isEmpty() || width <= 0) {
            return List.of();
        }
        List<Tick> fallback = List.of();
        for (Step step : STEPS) {
            List<Tick> ticks = ticks(step);
            if (ticks.isEmpty()) {
                continue;
            }
            while (!ticks.isEmpty() && ticks.get(ticks.size() - 1).position() * width
                    + textWidth.applyAsDouble(ticks.get(ticks.size() - 1).label()) > width) {
                ticks = ticks.subList(0, ticks.size() - 1);
            }
            if (fits(ticks, width, textWidth, gap) && !ticks.isEmpty()) {
                return List.copyOf(ticks);
            }
            fallback = ticks.isEmpty() ? fallback : List.of(ticks.get(0));
        }
        return fallback;
    }

    private static boolean fits(List<Tick> ticks, double width, ToDoubleFunction<String> textWidth, double gap) {
        for (int i = 0; i + 1 < ticks.size(); i++) {
            double room = (ticks.get(i + 1).position() - ticks.get(i).position()) * width;
            if (room < textWidth.applyAsDouble(ticks.get(i).label()) + gap) {
                return false;
            }
        }
        return true;
    }

    /** The ticks of a step from the axis start (inclusive) to its end (exclusive), on round dates. */
    private List<Tick> ticks(Step step) {
        LocalDate start = start();
        LocalDate end = end();
        LocalDate d = switch (step.unit()) {
            case WEEKS -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTHS -> {
                LocalDate m = start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
                while ((m.getMonthValue() - 1) % step.every() != 0) {
                    m = m.plusMonths(1);
                }
                yield m;
            }
            case YEARS -> {
                int y = start.getDayOfYear() == 1 ? start.getYear() : start.getYear() + 1;
                int rounded = Math.floorDiv(y + step.every() - 1, step.every()) * step.every();
                yield LocalDate.of(rounded, 1, 1);
            }
            default -> start;
        };
        List<Tick> out = new ArrayList<>();
        for (; d.isBefore(end); d = d.plus(step.every(), step.unit())) {
            out.add(new Tick(d, position(d), label(d, step.unit())));
            if (out.size() > 2000) {
                break; // far too many to fit anywhere; the step is refused by its spacing anyway
            }
        }
        return out;
    }

    private static String label(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case MONTHS -> ReadableDates.shortMonth(YearMonth.from(d));
            case YEARS -> Integer.toString(d.getYear());
            default -> ReadableDates.day(d);
        };
    }
}
