package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.value;

/** Mechanism (d): extent and value of an expression with its modifiers, parts and ranges. */
class TimexComposerTest {
    static final LocalDate WED = LocalDate.of(2025, 6, 18);

    @Test
    void modifiersJoinTheExpression() {
        assertEquals("2025-W22", value(dates("The firm was founded just over three weeks ago.", WED), "just over three weeks ago"));
        assertEquals("2025-05", value(dates("It happened a month or so ago.", WED), "a month or so ago"));
        assertEquals("PXW", value(dates("Prices have risen in the past several weeks.", WED), "the past several weeks"));
        assertEquals("P45D", value(dates("The strike is expected to last about 45 days.", WED), "about 45 days"));
    }

    @Test
    void partsOfAPeriod() {
        assertEquals("2026-H2", value(dates("The company expects growth in the second half of next year.", WED), "the second half of next year"));
        assertEquals("2009-W13", value(dates("Car sales rebounded in the last week of March.", LocalDate.of(2009, 4, 1)), "the last week of March"));
    }

    @Test
    void aClockTimeAndADayAreTwoExpressionsOnThatDay() {
        List<ExtractedDate> d = dates("The offer expires at midnight Friday. Polls will close at 6 p.m. GMT Sunday.", WED);
        assertEquals("2025-06-20", value(d, "Friday"));
        assertEquals("2025-06-20T24:00", value(d, "midnight"));     // TIMEX3: midnight ends its day (wire-actors w02 gold)
        assertEquals("2025-06-22", value(d, "Sunday"));
        assertEquals("2025-06-22T18:00", value(d, "6 p.m. GMT"));
        List<ExtractedDate> c = dates("The ceasefire took effect at 6 a.m. (1100 GMT) Sunday.", WED);
        assertEquals("2025-06-15T06:00", value(c, "6 a.m."));
        assertEquals("2025-06-15T11:00", value(c, "1100 GMT"));
        List<ExtractedDate> e = dates("Talks resumed on Tuesday at 17:30 UTC.", WED);
        assertEquals("2025-06-17", value(e, "Tuesday"));
        assertEquals("2025-06-17T17:30", value(e, "17:30 UTC"));
    }

    @Test
    void centuriesDecadesAndYearRanges() {
        List<ExtractedDate> d = dates("The castle was built in the 14th century, restored in the 1990s and in the '60s, "
                + "and is a symbol of the 21st century.", WED);
        assertEquals("13", value(d, "the 14th century"));
        assertEquals("199", value(d, "the 1990s"));
        assertEquals("20", value(d, "the 21st century"));
        List<ExtractedDate> r = dates("The 2011-2012 season was his best.", WED);
        assertEquals("2011", value(r, "2011"));
        assertEquals("2012", value(r, "2012"));
        assertTrue(r.stream().noneMatch(x -> x.type().equals("DURATION")), r.toString());
    }

    @Test
    void numberRangesShareTheirUnit() {
        List<ExtractedDate> d = dates("Those who worked on the program five, six, seven years know it.", WED);
        assertEquals("P5Y", value(d, "five"));
        assertEquals("P6Y", value(d, "six"));
        assertEquals("P7Y", value(d, "seven years"));
    }

    @Test
    void neighboursSuTimeCannotCombineAreSeparateExpressions() {
        LocalDate tue = LocalDate.of(2013, 1, 15);
        List<ExtractedDate> d = dates("The rebels held the town for three days last week. The firm reported results for the latest quarter on Monday.", tue);
        assertEquals("P3D", value(d, "three days"));
        assertEquals("2013-W02", value(d, "last week"));
        assertEquals("2012-Q4", value(d, "the latest quarter"));
        assertEquals("2013-01-14", value(d, "Monday"));
        List<ExtractedDate> e = dates("The law takes effect on Jan. 1, 2014, a year from now.", tue);
        assertEquals("2014-01-01", value(e, "Jan. 1, 2014"));
        assertEquals("2014", value(e, "a year from now"));
    }

    @Test
    void aTrailingOrdinalBeforeANounIsNotPartOfTheDay() {
        List<ExtractedDate> d = dates("On Tuesday the first electric buses entered service.", WED);
        assertEquals("2025-06-17", value(d, "Tuesday"));
    }

    @Test
    void lastAsAVerbIsNoModifier() {
        List<ExtractedDate> d = dates("The inquiry could last six months, officials said.", LocalDate.of(2003, 5, 6));
        assertEquals("P6M", value(d, "six months"));
        assertEquals("2003-W18", value(dates("Sales fell last week, officials said.", LocalDate.of(2003, 5, 6)), "last week"));
    }

    @Test
    void twoPointsJoinedByARelationWordAreTwoExpressions() {
        List<ExtractedDate> d = dates("The index had risen 12 percent this year before last week's losses.", LocalDate.of(2011, 9, 14));
        assertEquals("2011", value(d, "this year"));
        assertEquals("2011-W36", value(d, "last week"));
    }

    @Test
    void aFullDateSuTimeJoinedToAPhraseKeepsItsValue() {
        List<ExtractedDate> d = dates("The bridge closed on March 3, 1994, the day of the flood.", LocalDate.of(1996, 5, 6));
        assertEquals("1994-03-03", value(d, "March 3, 1994"));
    }

    // --- Revision 2 (Wikinews-style set)

    @Test
    void aYearSutimeJoinedToALaterPointIsItsOwnExpression() {
        List<ExtractedDate> d = dates("Shares had their best week since 1999 last week, and the rally went on today.", WED);
        assertEquals("1999", value(d, "1999"));
        assertEquals("2025-W24", value(d, "last week"));
    }

    @Test
    void aPointAfterASetOrAQuarterIsKept() {
        List<ExtractedDate> d = dates("The brewer has raised its dividend every year since 1985.", WED);
        assertEquals("P1Y", value(d, "every year"));
        assertEquals("1985", value(d, "1985"));
        List<ExtractedDate> q = dates("The bank will report its figures for the April-June quarter on July 21.", WED);
        assertEquals("2025-Q2", value(q, "the April-June quarter"));
        assertEquals("2025-07-21", value(q, "July 21"));
    }

    @Test
    void aTimeThatNamesItsDayKeepsIt() {
        // Not the day written before it in the sentence (Monday): its own.
        List<ExtractedDate> d = dates("Markets fell on Monday, the first session since the agency cut its rating on Friday evening.",
                LocalDate.of(2025, 6, 17));
        assertEquals("2025-06-16", value(d, "Monday"));
        assertEquals("2025-06-13TEV", value(d, "Friday evening"));
    }

    @Test
    void aValueLessJoinAroundOneDayKeepsTheDay() {
        List<ExtractedDate> d = dates("The fire broke out in the early hours of Sunday.", WED);
        assertEquals("2025-06-15", value(d, "Sunday"));
    }

    @Test
    void thisPastWeekendIsTheOneJustGone() {
        assertEquals("2025-W24-WE", value(dates("Protesters gathered this past weekend.", WED), "this past weekend"));
    }
}
