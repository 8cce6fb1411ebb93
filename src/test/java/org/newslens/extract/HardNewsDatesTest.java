package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.none;
import static org.newslens.extract.DateTestSupport.value;

/**
 * Revision 4 of the date engine (hard real-news cases): periods of a match, "the March on ...", "rush hour";
 * a clock time before its day ("at 21:40 local time on Tuesday"); "later that evening"; the clause of a
 * relative clause between commas; a reported weekday counted from the utterance's day; a past scene left for
 * the present ("Since then ... has"); a year that opens a sentence as its scene; "the June quarter".
 * All sentences are made up.
 */
class HardNewsDatesTest {
    /** A Friday. */
    static final LocalDate FRI = LocalDate.of(2019, 5, 17);

    @Test
    void periodsOfAMatchAreNoDates() {
        List<ExtractedDate> d = dates("Lyon beat Marseille 3-1 on Saturday. Their striker scored in the 52nd minute "
                + "and again early in the second half, and the visitors faded in the final quarter of an hour.", FRI);
        assertTrue(none(d, "minute"), d.toString());
        assertTrue(none(d, "half"), d.toString());
        assertTrue(none(d, "early"), d.toString());
        assertEquals("2019-05-11", value(d, "Saturday"));
    }

    @Test
    void outsideAMatchReportTheSecondHalfIsOfTheYear() {
        List<ExtractedDate> d = dates("The bank said on Tuesday that its profits should recover in the second half.", FRI);
        assertEquals("2019-H2", value(d, "the second half"));
    }

    @Test
    void aMarchNamedWithACapitalIsNoMonth() {
        List<ExtractedDate> d = dates("Thousands joined the March on Ottawa last Sunday, and a second march is planned in June.", FRI);
        assertTrue(d.stream().noneMatch(x -> x.text().equals("March")), d.toString());
        assertEquals("2019-06", value(d, "June"));
        assertEquals("2019-03", value(dates("Sales rose in March.", FRI), "March"));
    }

    @Test
    void rushHourIsNoHour() {
        List<ExtractedDate> d = dates("Traffic stopped during rush hour on Thursday after a lorry overturned.", FRI);
        assertTrue(none(d, "hour"), d.toString());
    }

    @Test
    void aClockTimeTakesTheDayWrittenAfterItsZone() {
        List<ExtractedDate> d = dates("The ferry sank at 21:40 local time on Tuesday, about two miles from the port.", FRI);
        assertEquals("2019-05-14T21:40", value(d, "21:40"));
    }

    @Test
    void thatEveningIsThePartOfTheNarrativesDay() {
        List<ExtractedDate> d = dates("A storm reached the coast on Monday. Thousands of homes lost power later that evening.", FRI);
        assertEquals("2019-05-13TEV", value(d, "later that evening"));
    }

    @Test
    void aVerbBeyondTheRelativeClausesCommaDoesNotGovernIt() {
        List<ExtractedDate> d = dates("The airline, which lost money in the first quarter, will publish its results next week.", FRI);
        assertEquals("2019-Q1", value(d, "the first quarter"));
    }

    @Test
    void aParticipleInAnotherClauseIsNotUnderWould() {
        List<ExtractedDate> d = dates("The minister said on Sunday that he would resign, ten days after he called a vote "
                + "on the plan approved at a meeting on May 2.", FRI);
        assertEquals("2019-05-02", value(d, "May 2"));
    }

    @Test
    void aPhrasalVerbIsNoScheduling() {
        List<ExtractedDate> d = dates("A man, 41, set off a bomb in the crowded market on May 3, police said.", FRI);
        assertEquals("2019-05-03", value(d, "May 3"));
    }

    @Test
    void aReportedWeekdayCountsFromTheUtterance() {
        List<ExtractedDate> d = dates("The mediator had said on Monday that the talks would resume on Thursday.", FRI);
        assertEquals("2019-05-13", value(d, "Monday"));
        assertEquals("2019-05-16", value(d, "Thursday"));
    }

    @Test
    void thePresentPerfectEndsAPastScene() {
        List<ExtractedDate> d = dates("The brewery was founded in June 1998. Since then it has built a second plant that "
                + "began production in February.", FRI);
        assertEquals("2019-02", value(d, "February"));
        List<ExtractedDate> e = dates("The mine closed in March 2003. Hundreds of families have left the valley, "
                + "and October was the hardest month.", FRI);
        assertEquals("2018-10", value(e, "October"));
        // Without a return to the present the scene holds, as before.
        assertEquals("1998-11", value(dates("The brewery was founded in June 1998. It opened a second plant in November.", FRI), "November"));
    }

    @Test
    void aYearThatOpensTheSentenceSetsItsScene() {
        List<ExtractedDate> d = dates("The party won the election in 1997. Two years later, its leader resigned at a conference "
                + "in October. The coalition broke up the following March.", FRI);
        assertEquals("1999-10", value(d, "October"));
        assertEquals("2000-03", value(d, "the following March"));
    }

    @Test
    void aQuarterNamedByItsMonths() {
        LocalDate dct = LocalDate.of(2019, 7, 30);
        assertEquals("2019-Q2", value(dates("The company posted record sales in the June quarter.", dct), "June quarter"));
        assertEquals("2019-Q1", value(dates("Sales were weaker in the January-to-March quarter.", dct), "the January-to-March quarter"));
    }

    @Test
    void aFiscalQuarterNamedWithItsYearIsMappedToo() {
        List<ExtractedDate> d = dates("The group said today that profit fell in the three months to September 30, "
                + "the first quarter of its 2020 fiscal year.", LocalDate.of(2019, 10, 24));
        assertEquals("2019-Q3", value(d, "the first quarter of its 2020 fiscal year"));
    }

    @Test
    void theSameQuarterLastYearIsTheStorysQuarterAYearBack() {
        List<ExtractedDate> d = dates("The retailer said on Tuesday that sales rose in its second quarter. Revenue for the "
                + "three months ended June 30 was $2 billion, up from $1.8 billion in the same quarter last year.", LocalDate.of(2019, 7, 24));
        assertEquals("2018-Q2", value(d, "the same quarter last year"));
    }

    @Test
    void aClockTimeBeforeLastNightIsOnThatDay() {
        List<ExtractedDate> d = dates("The last train left the station shortly before 23:15 last night, the operator said.", FRI);
        assertEquals("2019-05-16T23:15", value(d, "23:15"));
        assertEquals("2019-05-16TNI", value(d, "last night"));
    }

    @Test
    void aRangeOfDaysInOneMonthIsTwoDays() {
        List<ExtractedDate> d = dates("The festival will run from July 12 to 21, organisers said.", FRI);
        assertEquals("2019-07-12", value(d, "July 12"));
        assertEquals("2019-07-21", value(d, "21"));
    }
}
