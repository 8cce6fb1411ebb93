package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.value;

/** Mechanism (c): the year or week of unanchored days, months and weekdays from tense and attachment. */
class DirectionTest {
    static final LocalDate WED = LocalDate.of(2024, 3, 13);

    @Test
    void occurrencesByDirection() {
        LocalDate jan = LocalDate.of(2006, 1, 27);
        assertEquals("2005-Q4", Direction.resolve("XXXX-Q4", jan, Tense.PAST));
        assertEquals("2006-Q4", Direction.resolve("XXXX-Q4", jan, Tense.FUTURE));
        assertEquals("2006-03", Direction.resolve("XXXX-03", jan, Tense.FUTURE));
        assertEquals("2005-03", Direction.resolve("XXXX-03", jan, Tense.PAST));
        assertEquals("2006-03", Direction.resolve("XXXX-03", jan, Tense.PRESENT));
        assertEquals("2005-12-28", Direction.resolve("XXXX-12-28", jan, Tense.PRESENT));
        assertEquals("2024-03-11", Direction.resolve("XXXX-WXX-1", WED, Tense.PAST));
        assertEquals("2024-03-18", Direction.resolve("XXXX-WXX-1", WED, Tense.FUTURE));
        assertEquals("2024-03-10TNI", Direction.resolve("XXXX-WXX-7TNI", WED, Tense.PAST));
        assertEquals("2024-W10-WE", Direction.resolve("XXXX-WXX-WE", WED, Tense.PAST));
        assertEquals("2024-W11-WE", Direction.resolve("XXXX-WXX-WE", WED, Tense.FUTURE));
    }

    @Test
    void aPastEventEarlierInTheYearIsThisYears() {
        List<ExtractedDate> d = dates("The vote on March 14 was lost by the government.", LocalDate.of(2025, 6, 20));
        assertEquals("2025-03-14", value(d, "March 14"));
        List<ExtractedDate> jan = dates("The firm said sales fell sharply in December.", LocalDate.of(2025, 1, 10));
        assertEquals("2024-12", value(jan, "December"));
    }

    @Test
    void anAnnouncedEventIsTheComingOne() {
        // The main verb is past (the telling), the hearing is attached to its noun: the nearest Sept. 9.
        assertEquals("2025-09-09", value(dates("The court announced a hearing on Sept. 9.", LocalDate.of(2025, 8, 30)), "Sept. 9"));
        assertEquals("2025-10-12", value(dates("The firm announced another event to be held on October 12.", LocalDate.of(2025, 10, 4)), "October 12"));
        assertEquals("2025-06-03", value(dates("A June 3 hearing has been scheduled in the court.", LocalDate.of(2025, 5, 14)), "June 3"));
    }

    @Test
    void aWeekdayInAFutureClauseIsTheNextOne() {
        assertEquals("2024-03-14", value(dates("The ministers will meet on Thursday.", WED), "Thursday"));
        assertEquals("2024-03-14", value(dates("He said the ministers would meet on Thursday.", WED), "Thursday"));
        assertEquals("2024-03-07", value(dates("The ministers met on Thursday.", WED), "Thursday"));
        assertEquals("2025-03", value(dates("The report is to be filed in March, before it is officially reported.", LocalDate.of(2025, 1, 27)), "March"));
    }

    @Test
    void aScheduledEventAndARealPastUnderWill() {
        LocalDate nov = LocalDate.of(1990, 11, 14);
        assertEquals("1990-12-12", value(dates("The hearing, set for Dec. 12, was postponed.", nov), "Dec. 12"));
        List<ExtractedDate> d = dates("Talks will resume next week after two days of talks ended Monday night.", nov);
        assertEquals("1990-11-12TNI", value(d, "Monday night"));
    }

    @Test
    void aPastFormUnderWouldReportsTheFuture() {
        List<ExtractedDate> d = dates("The minister said he would stay while the parties held talks over the weekend.", WED);
        assertEquals("2024-W11-WE", d.stream().filter(x -> x.text().contains("weekend")).findFirst().orElseThrow().value());
    }

    @Test
    void anInfinitiveUnderAPastVerbDatesItsOwnEvent() {
        LocalDate dct = LocalDate.of(2007, 4, 3);
        // The wish is past, its target the nearest April 20; the weekday stays with the main verb.
        assertEquals("2007-04-20", value(dates("The council said it wanted to finish the audit by April 20.", dct), "April 20"));
        assertEquals("2007-05-01", value(dates("In February the board refused a request to delay the sale to May 1.", dct), "May 1"));
        assertEquals("2007-04-02", value(dates("The mayor declined to comment Monday.", dct), "Monday"));
        assertEquals("2007-03-30", value(dates("He said he met with the minister on Friday to discuss the plan.", LocalDate.of(2007, 4, 4)), "Friday"));
        assertEquals("2006-05", value(dates("The union agreed in May to have finished the talks.", dct), "May"));
    }

    @Test
    void aDateModifyingANounOrAfterAheadOfIsTheNearest() {
        LocalDate dct = LocalDate.of(2007, 9, 3);
        assertEquals("2007-11", value(dates("Both parties raised money ahead of the November vote.", dct), "November"));
        assertEquals("2007-10", value(dates("The firm cut prices before the October launch.", dct), "October"));
        assertEquals("2006-11", value(dates("The party won the seat in November.", dct), "November"));
    }

    @Test
    void aFutureClauseIsNotInThePastScene() {
        LocalDate dct = LocalDate.of(2000, 3, 8);
        List<ExtractedDate> d = dates("The plant was sold in June 1998. The new owner is due to reopen it on April 2.", dct);
        assertEquals("2000-04-02", value(d, "April 2"));
    }

    // --- Revision 2 (Wikinews-style set)

    @Test
    void aListedWeekdayFollowsTheOneBeforeIt() {
        List<ExtractedDate> d = dates("The committee is due to meet next Tuesday and Wednesday.", WED);
        LocalDate tue = LocalDate.parse(value(d, "next Tuesday"));
        assertEquals(tue.plusDays(1).toString(), value(d, "Wednesday"));
        List<ExtractedDate> past = dates("The union held meetings on Friday and Saturday.", LocalDate.of(2024, 3, 16));
        assertEquals("2024-03-15", value(past, "Friday"));
        assertEquals("2024-03-16", value(past, "Saturday"));
    }

    @Test
    void aPastClauseInAPastSceneIsNotAfterThePublication() {
        List<ExtractedDate> d = dates("Exports fell in December, and the jobless rate rose to 6% last month, from 5.1% in May.",
                LocalDate.of(2024, 1, 20));
        assertEquals("2023-12", value(d, "last month"));
        assertEquals("2023-05", value(d, "May"));
    }

    @Test
    void anAspectualVerbsInfinitiveIsAtTheVerbsTime() {
        // "started to fly" is past; "hoped to fly" dates the flying: the nearest June.
        assertEquals("2023-06", value(dates("The airline started to fly the route in June.", WED), "June"));
        assertEquals("2024-06", value(dates("The airline said it hoped to fly the route in June.", WED), "June"));
    }

    @Test
    void aPeriodNamedForANounInAFutureClauseIsTheNearest() {
        LocalDate jan = LocalDate.of(2024, 1, 20);
        assertEquals("2023-Q4", value(dates("The bank will publish its results for the fourth quarter next month.", jan), "the fourth quarter"));
        assertEquals("2024-Q4", value(dates("The plant will open in the fourth quarter.", jan), "the fourth quarter"));
    }
}
