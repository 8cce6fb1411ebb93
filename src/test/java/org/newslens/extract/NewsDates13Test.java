package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.value;

/**
 * Revision 6 of the date engine (the unseen-news13 set): a part of the day next to the narrative's day ("early
 * the next morning", "the night before"), "N years ago this month", "week-long", decimal seconds, the narrative's
 * points kept in text order, a possessive day that names another event. All sentences are made up.
 */
class NewsDates13Test {
    /** A Thursday. */
    static final LocalDate THU = LocalDate.of(2021, 9, 16);

    @Test
    void grammarPartsOfTheNextOrPreviousDay() {
        Timex next = TimexGrammarTest.find("The storm reached the coast early the next morning.", "early the next morning");
        assertEquals(new Timex.Rel(Timex.Anchor.NARRATIVE, 1, 'D', false, "TMO"), next.rel());
        assertEquals("TIME", next.type());
        Timex before = TimexGrammarTest.find("Guards said the gate had been forced the night before.", "the night before");
        assertEquals(new Timex.Rel(Timex.Anchor.NARRATIVE, -1, 'D', false, "TNI"), before.rel());
        assertEquals(1, TimexGrammarTest.find("They met the following evening.", "the following evening").rel().amount());
    }

    @Test
    void grammarYearsAgoThisMonthAndUnitLong() {
        assertEquals("2014-03", TimexGrammarTest.find("The mine closed ten years ago this month.", "ten years ago this month").value());
        assertEquals("2023-W11", TimexGrammarTest.find("The dam failed a year ago this week.", "a year ago this week").value());
        assertEquals("P1W", TimexGrammarTest.find("A week-long strike ended.", "week-long").value());
        assertEquals("P1Y", TimexGrammarTest.find("After a year-long inquiry, the panel reported.", "year-long").value());
        assertEquals("PT12.4S", TimexGrammarTest.find("She ran the hurdles in 12.4 seconds.", "12.4 seconds").value());
    }

    @Test
    void theNextMorningCountsFromThePrecedingDayEvenAfterClockTimes() {
        List<ExtractedDate> d = dates("The port closed at 21:00 last night and the last ferry left shortly before midnight. "
                + "A fire broke out in a warehouse on September 2, and the smoke reached the town early the next morning.", THU);
        assertEquals("2021-09-03TMO", value(d, "early the next morning"));
    }

    @Test
    void theNightBeforeCountsFromTheDayOfItsSentence() {
        List<ExtractedDate> d = dates("The union said on Monday. Its lawyers said on Tuesday morning that the office had been searched the night before.", THU);
        assertEquals("2021-09-13TNI", value(d, "the night before"));
    }

    @Test
    void aPossessiveDayIsNotTheSceneOfAClockTime() {
        List<ExtractedDate> d = dates("Shares rebounded today. The index had recovered half of Monday's fall by midday, "
                + "and volume passed a billion shares by 1 p.m.", THU);
        assertEquals("2021-09-16T13:00", value(d, "1 p.m."));
    }

    @Test
    void aPastNightWithNoDayIsTheNightBeforeThePublication() {
        List<ExtractedDate> d = dates("Divers recovered three bodies overnight, police said this morning. Volunteers worked through the night.", THU);
        assertEquals("2021-09-15TNI", value(d, "overnight"));
        assertEquals("2021-09-15TNI", d.stream().filter(x -> x.text().endsWith("night") && !x.text().equals("overnight")).findFirst().orElseThrow().value());
        assertEquals("2021-09-16TNI", value(dates("Crews will work overnight to clear the road.", THU), "overnight"));
    }

    @Test
    void aCapitalisedSeasonInANameIsNoSeason() {
        List<ExtractedDate> d = dates("She won two medals at the 2016 Summer Paralympics, and she hopes to compete at the next Winter Games.", THU);
        assertEquals("2016", value(d, "2016"));
        assertTrue(d.stream().noneMatch(x -> x.text().contains("Summer") || x.text().contains("Winter")), d.toString());
        assertEquals("2021-SU", value(dates("Prices rose in the summer.", THU), "summer"));
    }

    @Test
    void aSecondBeforeACommaAndAnAdjectiveIsAnOrdinal() {
        List<ExtractedDate> d = dates("A first tremor struck on Monday, and a second, much stronger quake followed.", THU);
        assertTrue(d.stream().noneMatch(x -> x.text().contains("second")), d.toString());
    }

    @Test
    void aPostponedOrCalledForDayIsAhead() {
        assertEquals("2021-09-21", value(dates("The council postponed its vote on the budget until Tuesday.", THU), "Tuesday"));
        assertEquals("2021-09-20", value(dates("Unions have called for a general strike on Monday.", THU), "Monday"));
        assertEquals("2021-09-14", value(dates("The council approved the budget on Tuesday.", THU), "Tuesday"));
        assertEquals("2021-09-13", value(dates("Unions called a general strike on Monday.", THU), "Monday"));
    }

    @Test
    void thatDayInAFutureClauseIsTheLatestFutureDay() {
        List<ExtractedDate> d = dates("The minister said yesterday that she would step down on October 1. Her aides were surprised. "
                + "She will leave office at noon that day, her spokesman said.", THU);
        assertEquals("2021-10-01", value(d, "that day"));
        assertEquals("2021-09-13", value(dates("Talks began on Monday. Both sides left the table that day.", THU), "that day"));
    }

    @Test
    void theMonthOfAReportToComeIsThePastMonthItCovers() {
        assertEquals("2021-08", value(dates("The agency will publish its August inflation report on Friday.", THU), "August"));
        assertEquals("2022-08", value(dates("The agency will hold its August conference in Geneva.", THU), "August"));
    }
}
