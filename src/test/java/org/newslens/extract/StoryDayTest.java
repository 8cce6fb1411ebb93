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
 * Revision 3 of the date engine: a clock time is on its event's day, not on the day of a report or the
 * publication; a part of the day in a past clause is not after the publication; a verb after "and"/"but"
 * heads the next clause; "hourly workers" is no rate; "late on Tuesday" takes its clause's tense; a past-perfect
 * period is no "the quarter"; "the first six months of the year"; "midnight", "mid-morning", "two more years",
 * "four-and-a-half-year"; a lower-case "march" is no month.
 */
class StoryDayTest {
    /** A Friday. */
    static final LocalDate FRI = LocalDate.of(2019, 5, 17);

    @Test
    void aClockTimeTakesTheEventsDayNotTheReportsDay() {
        List<ExtractedDate> d = dates("A bus overturned on a mountain road on Wednesday evening, killing 12 people, "
                + "police said yesterday. The driver lost control at 7:15 p.m. on a sharp bend.", FRI);
        assertEquals("2019-05-15T19:15", value(d, "7:15 p.m."));
    }

    @Test
    void aClockTimeTakesTheLeadsDayAFewSentencesBack() {
        List<ExtractedDate> d = dates("The central bank raised its main rate on Tuesday. The move had been expected "
                + "since March. Most economists had forecast it in a poll. Traders learned of it at 3 p.m., "
                + "as markets were closing.", FRI);
        assertEquals("2019-05-14T15:00", value(d, "3 p.m."));
    }

    @Test
    void withOnlyAReportsDayTheClockTimeStillTakesIt() {
        List<ExtractedDate> d = dates("The company said on Wednesday that a fire broke out in its warehouse. "
                + "It started at 4 a.m. in a storage room.", FRI);
        assertEquals("2019-05-15T04:00", value(d, "4 a.m."));
    }

    @Test
    void aPastPartOfTheDayIsNotAfterThePublication() {
        List<ExtractedDate> d = dates("The board will vote on May 28 and May 29. Shares rose in afternoon trading.", FRI);
        String v = value(d, "afternoon");
        assertEquals("2019-05-17TAF", v);
    }

    @Test
    void aVerbAfterAndHeadsTheNextClause() {
        List<ExtractedDate> d = dates("The group opened a shop in Lyon in February and will open two more in Paris.", FRI);
        assertEquals("2019-02", value(d, "February"));
        List<ExtractedDate> e = dates("Ministers met in Brussels on Monday but could not agree on the budget.", FRI);
        assertEquals("2019-05-13", value(e, "Monday"));
    }

    @Test
    void aFutureClauseAfterAndKeepsItsOwnVerb() {
        List<ExtractedDate> d = dates("The line closed last week and trains will run again on Tuesday.", FRI);
        assertEquals("2019-05-21", value(d, "Tuesday"));
    }

    @Test
    void hourlyWorkersAreNoRate() {
        List<ExtractedDate> d = dates("The carmaker will offer buyouts to its hourly employees.", FRI);
        assertTrue(none(d, "hourly"), d.toString());
        List<ExtractedDate> e = dates("The service runs hourly from the airport.", FRI);
        assertEquals("PT1H", value(e, "hourly"));
    }

    @Test
    void lateOrEarlyOnAWeekdayTakesTheClausesTense() {
        List<ExtractedDate> d = dates("The two leaders spoke by telephone late on Tuesday but could not settle the dispute.", FRI);
        assertEquals("2019-05-14", value(d, "late on Tuesday"));
        List<ExtractedDate> e = dates("The ministers will meet again early on Monday.", FRI);
        assertEquals("2019-05-20", value(e, "early on Monday"));
    }

    @Test
    void theQuarterIsNotAPastPerfectStage() {
        List<ExtractedDate> d = dates("Exports rose 4 percent in the second quarter from a year earlier, the agency said on Friday. "
                + "They had fallen 2 percent in the first quarter. Economists had expected a smaller gain for the quarter.", FRI);
        assertEquals("2019-Q2", value(d, "the quarter"));
        List<ExtractedDate> e = dates("Exports rose 4 percent in the second quarter, the agency said on Friday. "
                + "They fell 2 percent in the first quarter of 2018. Imports rose in the quarter.", FRI);
        assertEquals("2018-Q1", value(e, "the quarter"));
    }

    @Test
    void theFirstMonthsOfTheYearAreASpanInTheStorysYear() {
        List<ExtractedDate> d = dates("The airline carried 40 million passengers in 2016. In the first six months of the year, "
                + "its revenue rose 5 percent.", FRI);
        assertEquals("P6M", value(d, "the first six months"));
        assertEquals("2016", value(d, "the year"));
        List<ExtractedDate> e = dates("Sales rose 3 percent in the last two quarters of the year.", FRI);
        assertEquals("P2Q", value(e, "the last two quarters"));
        assertEquals("2019", value(e, "the year"));
    }

    @Test
    void midnightEndsItsDayAndMidMorningIsAPartOfTheStorysDay() {
        List<ExtractedDate> d = dates("The ferry sank just before midnight Wednesday. Divers reached it on Thursday, "
                + "and the search was called off by mid-afternoon.", FRI);
        assertEquals("2019-05-15T24:00", value(d, "midnight"));
        assertEquals("2019-05-16TAF", value(d, "mid-afternoon"));
    }

    @Test
    void moreUnitsAndHyphenatedHalvesAreDurations() {
        List<ExtractedDate> d = dates("The coach agreed to stay for three more seasons, or at least two more years. "
                + "The bank won a six-and-a-half-year contract.", FRI);
        assertEquals("P2Y", value(d, "at least two more years"));
        assertEquals("P6.5Y", value(d, "six-and-a-half-year"));
        assertTrue(none(dates("The two-and-a-half-year-old girl was found unharmed.", FRI), "half"));
    }

    @Test
    void aLowerCaseMarchIsNoMonth() {
        List<ExtractedDate> d = dates("Veterans of the 1968 march gathered in the square, and students will march again in June.", FRI);
        assertEquals("1968", value(d, "1968"));
        assertTrue(none(d, "march"), d.toString());
        assertEquals("2019-03", value(dates("The strike began in March.", FRI), "March"));
    }

    @Test
    void aDayWordInsideANameAndADeniedFutureAreNoDates() {
        List<ExtractedDate> d = dates("Ratings for NBC's \"The Tonight Show With Jay Leno\" rose, the network said. "
                + "The regime has no future, he said.", FRI);
        assertTrue(none(d, "tonight"), d.toString());
        assertTrue(none(d, "future"), d.toString());
        List<ExtractedDate> e = dates("The show airs tonight. The future of the plant is unclear. Prices will rise in the future.", FRI);
        assertEquals("2019-05-17TNI", value(e, "tonight"));
        assertEquals("FUTURE_REF", value(e, "the future"));
    }

    @Test
    void laterInTheDayInReportedFutureWordsIsTheUtterancesDay() {
        List<ExtractedDate> d = dates("The river burst its banks early on Wednesday. By noon the water had reached the town hall. "
                + "Residents were moved to schools. The mayor said the army would arrive later in the day.", FRI);
        assertEquals("2019-05-17", value(d, "later in the day"));
        List<ExtractedDate> e = dates("The river burst its banks on Wednesday. Water reached the town hall later in the day.", FRI);
        assertEquals("2019-05-15", value(e, "later in the day"));
    }

    @Test
    void aDeicticPointJoinedToAQuarterIsKept() {
        List<ExtractedDate> d = dates("The company, which reported a loss for its second quarter last month, cut 400 jobs.", FRI);
        assertEquals("2019-04", value(d, "last month"));
    }
}
