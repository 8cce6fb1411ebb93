package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.dates.ReadableDates;
import org.newslens.ui.timeline.TimelineGrouping.Scale;

class TimelineAxisTest {
    /** About the width of a label in a small font: 7 px a character. */
    private static final ToDoubleFunction<String> WIDTH = s -> 7.0 * s.length();
    private static final double GAP = 14;
    private Locale saved;

    @BeforeEach
    void locale() {
        saved = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    private static TimelineAxis axis(Scale scale, String... days) {
        List<TimelineSentence> s = new ArrayList<>();
        for (String d : days) {
            s.addAll(TimelineSentence.merge(List.of(TimelineGroupingTest.at(d))));
        }
        return TimelineAxis.of(s, scale);
    }

    @Test
    void everyPeriodBetweenTheFirstAndLastDateIsABinAndGapsStayEmpty() {
        TimelineAxis a = axis(Scale.MONTH, "2009-01-10", "2009-01-20", "2009-05-02");
        assertEquals(List.of(YearMonth.of(2009, 1), YearMonth.of(2009, 2), YearMonth.of(2009, 3), YearMonth.of(2009, 4), YearMonth.of(2009, 5)),
                a.bins().stream().map(b -> YearMonth.from(b.start())).toList());
        assertEquals(List.of(2, 0, 0, 0, 1), a.bins().stream().map(TimelineAxis.Bin::count).toList());
        assertEquals(LocalDate.of(2009, 1, 1), a.start());
        assertEquals(LocalDate.of(2009, 6, 1), a.end());
        for (int i = 0; i + 1 < a.bins().size(); i++) {
            assertEquals(a.bins().get(i).end(), a.bins().get(i + 1).start(), "bins touch, no gap vanishes");
        }
        assertEquals(2, a.most());
        // A real time axis: positions by days, so 31-day January is wider than 28-day February.
        double jan = a.position(LocalDate.of(2009, 2, 1)) - a.position(LocalDate.of(2009, 1, 1));
        double feb = a.position(LocalDate.of(2009, 3, 1)) - a.position(LocalDate.of(2009, 2, 1));
        assertEquals(31.0 / 28.0, jan / feb, 1e-9);

        TimelineAxis days = axis(Scale.DAY, "2025-04-21", "2025-04-25");
        assertEquals(List.of(1, 0, 0, 0, 1), days.bins().stream().map(TimelineAxis.Bin::count).toList());
        TimelineAxis weeks = axis(Scale.WEEK, "2025-04-21", "2025-05-14");
        assertEquals(List.of(1, 0, 0, 1), weeks.bins().stream().map(TimelineAxis.Bin::count).toList());
        assertEquals(LocalDate.of(2025, 4, 21), weeks.start());
    }

    @Test
    void theBinSizeFollowsTheSpan() {
        assertEquals(Scale.DAY, axis(Scale.AUTO, "2025-04-01", "2025-04-30").scale());
        assertEquals(Scale.WEEK, axis(Scale.AUTO, "2025-01-01", "2025-06-30").scale());
        assertEquals(Scale.MONTH, axis(Scale.AUTO, "2005-02-01", "2013-11-30").scale());
        assertEquals(106, axis(Scale.AUTO, "2005-02-01", "2013-11-30").bins().size());
        assertEquals(Scale.YEAR, axis(Scale.AUTO, "1944-06-06", "2013-11-30").scale());
        assertEquals(70, axis(Scale.AUTO, "1944-06-06", "2013-11-30").bins().size());
    }

    @Test
    void aSingleDateIsOneBinOfOneDayWithOneLabel() {
        TimelineAxis a = axis(Scale.AUTO, "2009-03-12", "2009-03-12");
        assertEquals(Scale.DAY, a.scale());
        assertEquals(1, a.bins().size());
        assertEquals(2, a.bins().get(0).count());
        assertEquals(1, ChronoUnit.DAYS.between(a.start(), a.end()));
        List<TimelineAxis.Tick> ticks = a.ticks(600, WIDTH, GAP);
        assertEquals(List.of(ReadableDates.day(LocalDate.of(2009, 3, 12))), ticks.stream().map(TimelineAxis.Tick::label).toList());
        assertEquals(0.0, ticks.get(0).position());
    }

    @Test
    void anEmptyAxisHasNoBinsAndNoTicks() {
        TimelineAxis a = TimelineAxis.of(List.of(), Scale.AUTO);
        assertTrue(a.isEmpty());
        assertEquals(0, a.most());
        assertTrue(a.ticks(800, WIDTH, GAP).isEmpty());
    }

    @Test
    void ticksAreLabelledByDayMonthOrYearAsTheSpanAndWidthAllowAndNeverOverlap() {
        TimelineAxis weeks = axis(Scale.AUTO, "2025-04-01", "2025-04-30");
        List<TimelineAxis.Tick> dayTicks = weeks.ticks(800, WIDTH, GAP);
        assertTrue(dayTicks.size() >= 3, dayTicks.toString());
        dayTicks.forEach(t -> assertEquals(ReadableDates.day(t.date()), t.label()));
        assertNoOverlap(dayTicks, 800);

        TimelineAxis years = axis(Scale.AUTO, "2006-02-01", "2008-11-30");
        List<TimelineAxis.Tick> monthTicks = years.ticks(800, WIDTH, GAP);
        assertTrue(monthTicks.size() >= 3, monthTicks.toString());
        monthTicks.forEach(t -> {
            assertEquals(1, t.date().getDayOfMonth());
            assertEquals(ReadableDates.shortMonth(YearMonth.from(t.date())), t.label());
        });
        assertNoOverlap(monthTicks, 800);

        TimelineAxis decades = axis(Scale.AUTO, "1944-06-06", "2013-11-30");
        List<TimelineAxis.Tick> yearTicks = decades.ticks(800, WIDTH, GAP);
        assertTrue(yearTicks.size() >= 3, yearTicks.toString());
        yearTicks.forEach(t -> {
            assertEquals(1, t.date().getDayOfYear());
            assertEquals(Integer.toString(t.date().getYear()), t.label());
        });
        assertNoOverlap(yearTicks, 800);

        // Narrower: fewer labels, still apart; wider: more.
        List<TimelineAxis.Tick> narrow = years.ticks(300, WIDTH, GAP);
        assertTrue(narrow.size() < monthTicks.size());
        assertNoOverlap(narrow, 300);
        assertTrue(years.ticks(2400, WIDTH, GAP).size() > monthTicks.size());
    }

    @Test
    void shortMonthIsTheMediumDateWithoutItsDay() {
        assertEquals("Mar 2009", ReadableDates.shortMonth(YearMonth.of(2009, 3)));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Mar 2009", ReadableDates.shortMonth(YearMonth.of(2009, 3)));
    }

    private static void assertNoOverlap(List<TimelineAxis.Tick> ticks, double width) {
        for (int i = 0; i < ticks.size(); i++) {
            TimelineAxis.Tick t = ticks.get(i);
            double right = t.position() * width + WIDTH.applyAsDouble(t.label());
            assertTrue(right <= width, t + " runs past the end");
            if (i + 1 < ticks.size()) {
                assertTrue(right + GAP <= ticks.get(i + 1).position() * width + 1e-9, t + " overlaps " + ticks.get(i + 1));
                assertTrue(ticks.get(i + 1).date().isAfter(t.date()));
            }
        }
    }
}
