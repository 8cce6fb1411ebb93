package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.none;
import static org.newslens.extract.DateTestSupport.value;

/** Mechanism (e): time words that are not temporal expressions, and generic uses of day words. */
class NotADateTest {
    static final LocalDate WED = LocalDate.of(2024, 3, 13);

    @Test
    void unitWordsThatMeasureNoTime() {
        List<ExtractedDate> d = dates("The bank cut rates by a quarter point. A second bank followed. "
                + "About a quarter of its dealers closed.", WED);
        assertTrue(d.stream().noneMatch(x -> x.value().equals("P3M") || x.value().equals("PT1S")), d.toString());
        List<ExtractedDate> e = dates("Over the years, he was never idle. It was not a day anyone enjoyed.", WED);
        assertTrue(e.isEmpty(), e.toString());
    }

    @Test
    void sequenceWordsAloneNameNoTime() {
        List<ExtractedDate> d = dates("The firm had previously denied the report. She was formerly a judge. "
                + "Initially the talks stalled; the two sides later agreed. He has scored 12 goals so far.", WED);
        assertTrue(d.isEmpty(), d.toString());
        assertEquals("PAST_REF", value(dates("The plant was recently sold.", WED), "recently"));
    }

    @Test
    void seasonsOnlyAsTimes() {
        assertTrue(none(dates("Stock falls hit the market.", WED), "fall"));
        assertTrue(none(dates("The fall in prices worried traders.", WED), "fall"));
        List<ExtractedDate> d = dates("Ministers will hold their autumn meetings in Washington.", WED);
        assertEquals("2024-FA", value(d, "autumn"));
    }

    @Test
    void theFutureAsProspectsIsNotATime() {
        assertTrue(none(dates("The deal will secure the future of the plant. Its future is uncertain.", WED), "future"));
        assertEquals("FUTURE_REF", value(dates("The union hinted at future strikes.", WED), "future"));
    }

    @Test
    void theDayOfAnUndatedEventIsNotADate() {
        assertTrue(none(dates("Shares fell 2 percent the day the deal was announced.", WED), "the day"));
        assertTrue(none(dates("The bomb went off on May 2. On the day of the attack, the market was full.", WED), "the day"));
        assertTrue(none(dates("The episodes are available the day after airing.", WED), "the day"));
    }

    @Test
    void genericToday() {
        assertEquals("PRESENT_REF", value(dates("The programs do not work in today's economy.", WED), "today"));
        assertEquals("2024-03-13", value(dates("Brokers commented on today's falls.", WED), "today"));
        assertEquals("PRESENT_REF", value(dates("The jet will be 20% more efficient than the equivalent aircraft today.", WED), "today"));
        assertEquals("2024-03-13", value(dates("The company today named a new chief.", WED), "today"));
        assertEquals("FUTURE_REF", value(dates("He wants factories to make the cars of tomorrow.", WED), "tomorrow"));
    }

    @Test
    void genericTodayByStructureNotByNoun() {
        // Any noun: what tells is a preposition's object in a clause of no time.
        assertEquals("PRESENT_REF", value(dates("Small farms cannot survive in today's grain markets.", WED), "today"));
        assertEquals("PRESENT_REF", value(dates("Few people read letters in today's Britain.", WED), "today"));
        assertEquals("2024-03-13", value(dates("Shares fell sharply in today's trading.", WED), "today"));
        assertEquals("2024-03-13", value(dates("Today's vote is the first since June.", WED), "Today"));
        assertTrue(none(dates("The mill's future looked bleak after the fire.", WED), "future"));
    }

    @Test
    void aPossessiveApostropheBeforeANumberIsNoYear() {
        List<ExtractedDate> d = dates("Moreau took 51 percent of the ballots to Jenkins' 46 percent, a club record since '98.", WED);
        assertTrue(d.stream().noneMatch(x -> x.value().equals("1946")), d.toString());
    }

    @Test
    void aSpeedIsNoTime() {
        List<ExtractedDate> d = dates("The train was travelling at 90 miles an hour when it left the rails, and the gusts reached 120 kilometres per hour.", WED);
        assertTrue(none(d, "hour"), d.toString());
    }

    @Test
    void aFiscalYearWithoutItsMappingIsNotADate() {
        List<ExtractedDate> d = dates("For fiscal 2023, the chain lost $4 million; in calendar 2022 it earned $1 million.", WED);
        assertTrue(d.stream().noneMatch(x -> x.text().equals("2023")), d.toString());
        assertEquals("2022", value(d, "2022"));
    }

    @Test
    void aFiscalPeriodWithoutItsMappingIsNotADate() {
        // Revision 7 (decision 6): no calendar value where the article does not say where the fiscal year ends.
        List<ExtractedDate> d = dates("In the last fiscal quarter, the brewer sold more beer, and it expects a loss in the current financial year. "
                + "It was founded in 1921.", WED);
        assertTrue(d.stream().noneMatch(x -> x.text().toLowerCase().contains("fiscal") || x.text().toLowerCase().contains("financial")), d.toString());
        assertEquals("1921", value(d, "1921"));
    }

    // --- Revision 2 (Wikinews-style set)

    @Test
    void anAcronymAndAnOrdinalPluralAreNoTimes() {
        List<ExtractedDate> d = dates("The firm has been under investigation by the SEC since last year. "
                + "Shares slid in the first minutes of trading, and the final days of the quarter were calm.", WED);
        assertTrue(none(d, "sec"), d.toString());
        assertTrue(none(d, "minutes"), d.toString());
        assertTrue(none(d, "final days"), d.toString());
        assertEquals("2023", value(d, "last year"));
    }

    @Test
    void agesIdentifiersAndBareRelativesAreNoDates() {
        List<ExtractedDate> d = dates("The 120-year-old bakery closed in 2019. Hours later, Flight 1988 left for Rome, and days after that the "
                + "bus on Route 2010 stopped running.", WED);
        assertTrue(none(d, "year-old"), d.toString());
        assertTrue(none(d, "hours"), d.toString());
        assertTrue(none(d, "1988"), d.toString());
        assertTrue(none(d, "2010"), d.toString());
        assertEquals("2019", value(d, "2019"));
    }

    @Test
    void todayAtTheEndOfAChangeSinceAPastYearIsThePresent() {
        assertEquals("PRESENT_REF", value(dates("The town's population fell from 90,000 in 1960 to about 40,000 today.", WED), "today"));
        // The day itself when no past year is contrasted with it.
        assertEquals("2024-03-13", value(dates("The index rose from 5,100 to 5,180 today.", WED), "today"));
    }

    @Test
    void anOrdinalOfAnEventsOwnTimeIsNoCalendarDate() {
        List<ExtractedDate> d = dates("The company, in its second year of losses, cut jobs. On the third day of the strike, talks resumed. "
                + "The walkout, now in its fourth week, goes on. Shares fell for a third day on Friday.", WED);
        assertTrue(none(d, "second year"), d.toString());
        assertTrue(none(d, "third day"), d.toString());
        assertTrue(none(d, "fourth week"), d.toString());
        assertTrue(none(d, "third day"), d.toString());
        assertEquals("2024-03-08", value(d, "Friday"));
        assertEquals("PRESENT_REF", value(d, "now"));
    }

    @Test
    void atTheTimeIsAnaphoricNotAPastReference() {
        List<ExtractedDate> d = dates("At the time, the chief executive said the plan would work. At this time, no decision has been made.", WED);
        assertTrue(d.stream().noneMatch(x -> Words.lc(x.text()).endsWith("the time") || x.text().equals("time")), d.toString());
        assertEquals("PRESENT_REF", value(d, "this time"));
    }
}
