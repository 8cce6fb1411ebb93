package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.value;

/** Mechanism (b): relative expressions count from the time the story is at. */
class NarrativeTimeTest {
    static final LocalDate DCT = LocalDate.of(2025, 6, 18);

    @Test
    void yearsCountFromTheYearJustWritten() {
        List<ExtractedDate> d = dates("He joined the firm in 1998. Two years later he was chief executive. "
                + "The following year he left.", DCT);
        assertEquals("2000", value(d, "Two years later"));
        assertEquals("2001", value(d, "The following year"));
        assertEquals("2002", value(dates("The plant opened in 2003. A year earlier, the town had voted for it.", DCT), "A year earlier"));
    }

    @Test
    void aFuturePeriodIsNotAPastScenesPeriod() {
        List<ExtractedDate> d = dates("The council voted on March 14 to close the library. The mayor will decide by the end of the month.", DCT);
        assertEquals("2025-06", value(d, "the end of the month"));
        d = dates("The council voted on March 14 to close the library. \"We will rule on it by the end of the month,\" she said.", DCT);
        assertEquals("2025-06", value(d, "the end of the month"));
        // The past scene still anchors past clauses and a future in the past.
        assertEquals("2025-03", value(dates("The council voted on March 14. Protests grew during the month.", DCT), "the month"));
        assertEquals("2019", value(dates("The firm was founded in 2019. That year it would hire its first staff.", DCT), "That year"));
    }

    @Test
    void daysAndWeeksCountFromTheDayJustWritten() {
        List<ExtractedDate> d = dates("The strike began on May 3, 2019. The day before, talks had failed. "
                + "That week, prices fell. The next day the union met.", DCT);
        assertEquals("2019-05-02", value(d, "The day before"));
        assertEquals("2019-W18", value(d, "That week"));
        assertEquals("2019-05-04", value(d, "The next day"));
    }

    @Test
    void aYearLessMonthInAPastSceneIsThatScenesYear() {
        List<ExtractedDate> d = dates("He was arrested in June 1989. Three months later he was released, and in November he fled.",
                LocalDate.of(1991, 3, 6));
        assertEquals("1989-09", value(d, "Three months later"));
        assertEquals("1989-11", value(d, "November"));
        // A year alone ("since 2004") does not move the scene.
        assertEquals("1991-02", value(dates("Prices have not been this low since 2004. They fell in February.",
                LocalDate.of(1991, 3, 6)), "February"));
    }

    @Test
    void withoutAnAntecedentThePublicationDate() {
        assertEquals("2024", value(dates("The plant closed a year earlier.", DCT), "a year earlier"));
    }

    @Test
    void theLeadSetsTheSceneForLaterSentences() {
        List<ExtractedDate> d = dates("Ford said on Tuesday that its sales rose in February. Analysts had expected less. "
                + "Its stock rose to a high in morning trading, before declining later in the day.", LocalDate.of(2010, 3, 3));
        assertEquals("2010-03-02", value(d, "later in the day"));
        assertEquals("2010-03-02TMO", value(d, "morning"));
    }

    @Test
    void theSamePeriodKeepsThePeriod() {
        List<ExtractedDate> d = dates("Profit rose 8% in the second quarter of this year, compared with the same period a year earlier.",
                LocalDate.of(2011, 8, 1));
        assertEquals("2010-Q2", value(d, "the same period a year earlier"));
        assertEquals("2023-Q3", value(dates("Sales rose 4 percent in the third quarter, compared with 6 percent a year earlier.",
                LocalDate.of(2024, 11, 13)), "a year earlier"));
    }

    @Test
    void aSentenceThatDatesItsSceneAnchorsToday() {
        List<ExtractedDate> d = dates("At a press conference at 16:15 UTC, June 1st, the chairman described the events of today.",
                LocalDate.of(2009, 6, 4));
        assertEquals("2009-06-01", value(d, "today"));
    }

    @Test
    void aBareClockTimeInAPastClauseIsOnTheNarrativesDay() {
        LocalDate fri = LocalDate.of(2004, 6, 11);
        List<ExtractedDate> d = dates("A fire broke out at the depot on Wednesday afternoon. The roof fell in at 4:35 p.m., firemen said.", fri);
        assertEquals("2004-06-09T16:35", value(d, "4:35 p.m."));
        // Not a day ahead of the publication, and not a future clause.
        List<ExtractedDate> e = dates("The trial opens on June 21. The jury was sworn in at 10 a.m.", fri);
        assertEquals("2004-06-11T10:00", value(e, "10 a.m."));
        assertEquals("2004-06-11T09:00", value(dates("The hearing was on Wednesday. The court will sit at 9 a.m.", fri), "9 a.m."));
    }

    @Test
    void theQuarterIsThePeriodReportedOn() {
        LocalDate dct = LocalDate.of(2012, 4, 26);
        List<ExtractedDate> d = dates("The brewer's first-quarter profit rose 9 percent. Sales in the three months to March 31 climbed, up from 3 percent a year earlier. "
                + "Volumes in the quarter were flat.", dct);
        assertEquals("2012-Q1", value(d, "the quarter"));
        List<ExtractedDate> e = dates("Net income was $40 million in the quarter ended March 31, compared with $35 million in the year-earlier period.", dct);
        assertEquals("2012-Q1", value(e, "the quarter"));
        assertEquals("2011-Q1", value(e, "the year-earlier period"));
    }

    @Test
    void aFiscalQuarterIsMappedByTheQuarterEndTheArticleGives() {
        LocalDate dct = LocalDate.of(2010, 2, 18);
        List<ExtractedDate> d = dates("The retailer said its fiscal fourth-quarter profit doubled. It earned $80 million in the quarter ended Jan. 30. "
                + "For the fiscal third quarter it had lost money.", dct);
        assertEquals("2010-Q1", value(d, "fiscal fourth-quarter"));
        assertEquals("2009-Q4", value(d, "the fiscal third quarter"));
        // Without the mapping a fiscal quarter is not annotated (decision 6).
        assertTrue(DateTestSupport.none(dates("The retailer said its fiscal fourth-quarter profit doubled.", dct), "fourth"));
    }

    @Test
    void aPartOfTheDayTakesTheDayWrittenRightAfterIt() {
        List<ExtractedDate> d = dates("The chain reported its results on Tuesday. Its shares rose 4 percent in morning trading on Wednesday.",
                LocalDate.of(2010, 3, 3));
        assertEquals("2010-03-03TMO", value(d, "morning"));
    }

    @Test
    void theMonthIsTheMonthReportedOn() {
        List<ExtractedDate> d = dates("Carmakers reported their April sales today. Sales of trucks fell during the month.", LocalDate.of(2010, 5, 4));
        assertEquals("2010-04", value(d, "the month"));
        // With no month written, the narrative's day gives it.
        assertEquals("2010-05", value(dates("The index rose on Monday. It was the best session in the month.", LocalDate.of(2010, 5, 4)), "the month"));
    }

    // --- Revision 2 (Wikinews-style set): reported words take the utterance's day (decision 4)

    @Test
    void todayInWordsReportedOnADayIsThatDay() {
        List<ExtractedDate> d = dates("In an interview broadcast on Sunday, the minister said: \"Today we begin again.\"", DCT);
        assertEquals("2025-06-15", value(d, "Today"));
        List<ExtractedDate> that = dates("The minister said on Sunday that today was a turning point.", DCT);
        assertEquals("2025-06-15", value(that, "today"));
        // The verb's own adverb is the publication day, whatever day the sentence names after it.
        List<ExtractedDate> own = dates("Analysts said today that the shares had fallen on Monday.", DCT);
        assertEquals("2025-06-18", value(own, "today"));
    }

    @Test
    void aPeriodInReportedFutureIsTheUtterancesNotAPastPoint() {
        List<ExtractedDate> d = dates("Its supplier filed for bankruptcy protection in October. "
                + "The company said it would repay the loan by the end of the month.", DCT);
        assertEquals("2024-10", value(d, "October"));
        assertEquals("2025-06", value(d, "the end of the month"));
    }

    @Test
    void theFollowingWeekdayCountsFromTheNarrativesDay() {
        List<ExtractedDate> d = dates("The storm hit the coast on July 4. The following Monday, power was restored.", LocalDate.of(2009, 7, 22));
        assertEquals("2009-07-04", value(d, "July 4"));
        assertEquals("2009-07-06", value(d, "The following Monday"));
        List<ExtractedDate> p = dates("The plant closed on March 12. The previous Friday, workers had been told.", LocalDate.of(2009, 7, 22));
        assertEquals("2009-03-06", value(p, "The previous Friday"));
    }

    @Test
    void theFarSideOfAComparisonIsNoAnchorForTheStorysOwnTime() {
        List<ExtractedDate> d = dates("Profit in the year-ago quarter was $2 billion. For the full year, the company expects a loss.",
                LocalDate.of(2009, 7, 22));
        assertEquals("2009", value(d, "the full year"));
        // Without the comparison the year just written is the anchor.
        List<ExtractedDate> n = dates("Profit in 2007 was $2 billion. For the full year, the company had expected a loss.",
                LocalDate.of(2009, 7, 22));
        assertEquals("2007", value(n, "the full year"));
    }
}
