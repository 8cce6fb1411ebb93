package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mechanism (a): the grammar alone, on made-up text (no CoreNLP). */
class TimexGrammarTest {
    static final LocalDate DCT = LocalDate.of(2024, 3, 13);

    static Timex find(String text, String span) {
        return TimexGrammar.find(text, DCT).stream().filter(t -> t.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + span + "' in " + TimexGrammar.find(text, DCT)));
    }

    @Test
    void partsOfAYearWithAndWithoutTheirYear() {
        assertEquals("2023-Q4", find("Profits rose in the fourth quarter of last year.", "the fourth quarter of last year").value());
        assertEquals("XXXX-Q2", find("Profits rose in the second quarter.", "the second quarter").value());
        assertEquals("2025-H1", find("Output will recover in the first half of next year.", "the first half of next year").value());
        assertEquals("2024-W13", find("Sales picked up in the last week of March.", "the last week of March").value());
    }

    @Test
    void relativeExpressionsStayRelative() {
        Timex ago = find("The mine closed three weeks ago.", "three weeks ago");
        assertEquals(new Timex.Rel(Timex.Anchor.DCT, -3, 'W', false, null), ago.rel());
        Timex later = find("Two years later, it reopened.", "Two years later");
        assertEquals(Timex.Anchor.NARRATIVE, later.rel().anchor());
        assertEquals(2, later.rel().amount());
        assertEquals(-1, find("The day before, talks failed.", "The day before").rel().amount());
        assertEquals(0, find("That week, prices fell.", "That week").rel().amount());
        assertEquals(1, find("The following year he left.", "The following year").rel().amount());
    }

    @Test
    void beforeANounPhraseAfterIsAPreposition() {
        List<Timex> found = TimexGrammar.find("It recovered a year after the crash.", DCT);
        assertTrue(found.stream().noneMatch(t -> t.rel() != null), found.toString());
    }

    @Test
    void durationsAndRanges() {
        assertEquals("P3.5Y", find("It took almost three and a half years.", "almost three and a half years").value());
        assertEquals("PXW", find("Prices rose over the past several weeks.", "the past several weeks").value());
        assertEquals("P10Y", find("It was the best result in the past decade.", "the past decade").value());
        assertEquals("P1Y", find("For the next year, the state will insure deposits.", "the next year").value());
        List<Timex> r = TimexGrammar.find("The work takes three to four months.", DCT);
        assertEquals(List.of("P3M", "P4M"), r.stream().map(Timex::value).toList());
        List<Timex> y = TimexGrammar.find("The 2011-2012 season and the 2012-13 budget.", DCT);
        assertEquals(List.of("2011", "2012", "2012", "2013"), y.stream().map(Timex::value).toList());
    }

    @Test
    void centuriesDecadesAndRates() {
        assertEquals("13", find("A castle of the 14th century.", "the 14th century").value());
        assertEquals("20", find("The 21st century began.", "The 21st century").value());
        assertEquals("199", find("It grew in the 1990s.", "the 1990s").value());
        assertEquals("18", find("Mills of the 1800s.", "the 1800s").value());
        Timex rate = find("The plant builds two a month.", "a month");
        assertEquals("SET", rate.type());
        assertEquals("P1W", find("A million visitors per week.", "per week").value());
    }

    @Test
    void genericPastAndFuture() {
        assertEquals("FUTURE_REF", find("The port will reopen soon.", "soon").value());
        assertEquals("FUTURE_REF", find("Deliver it as soon as possible.", "as soon as possible").value());
        assertTrue(TimexGrammar.find("As soon as the results came, shares fell.", DCT).isEmpty());
        assertTrue(TimexGrammar.find("He returned and soon after left.", DCT).isEmpty());
        assertEquals("PAST_REF", find("A recently-announced plan.", "recently").value());
        assertEquals("PAST_REF", find("It was built a few years ago.", "a few years ago").value());
        assertNull(find("The mine closed three weeks ago.", "three weeks ago").value());
    }

    @Test
    void ratesAfterAnAmountOrACountedNoun() {
        assertEquals("P1Y", find("The plant will save $250 million a year.", "a year").value());
        assertEquals("P1D", find("The ferry carries 12,000 cars a day in summer.", "a day").value());
        assertEquals("SET", find("The ferry carries 12,000 cars a day in summer.", "a day").type());
        assertTrue(TimexGrammar.find("Profit was 4 percent a year ago.", DCT).stream().noneMatch(t -> "SET".equals(t.type())));
    }

    @Test
    void aLongTimeAgoIsThePast() {
        assertEquals("PAST_REF", find("The two towns settled that dispute a long time ago.", "a long time ago").value());
        assertEquals("PAST_REF", find("The mill closed long ago.", "long ago").value());
        assertEquals("PAST_REF", find("She left the band a while ago.", "a while ago").value());
    }

    @Test
    void quartersByTheirEndDayAndFiscalQuarters() {
        assertEquals("XXXX-Q2", find("Net income in the quarter ended June 29 rose.", "the quarter").value());
        assertEquals("2006-Q4", find("Sales in the quarter ending Dec. 31, 2006, fell.", "the quarter").value());
        assertEquals("FQ2", find("Its fiscal second-quarter loss narrowed.", "fiscal second-quarter").value());
        assertEquals("FQ3", find("In the third quarter of its fiscal year, sales fell.", "the third quarter of its fiscal year").value());
        assertEquals("FQ1", find("At the start of the financial year, orders rose.", "the start of the financial year").value());
        Timex q = find("Orders rose 5 percent in the quarter.", "the quarter");
        assertEquals(Timex.Anchor.PERIOD, q.rel().anchor());
    }

    @Test
    void aBareHalfIsAHalfOfTheYear() {
        assertEquals("XXXX-H2", find("Analysts expect demand to pick up in the second half.", "the second half").value());
        assertTrue(TimexGrammar.find("He scored in the second half of the match.", DCT).stream().noneMatch(t -> t.value() != null && t.value().endsWith("H2")));
    }

    // --- Revision 2 (Wikinews-style set)

    @Test
    void threeMonthsThatMakeACalendarQuarter() {
        assertEquals("XXXX-Q3", find("It reported results for the July-September quarter.", "the July-September quarter").value());
        assertEquals("XXXX-Q2", find("Sales in the April-June period were flat.", "the April-June period").value());
        assertTrue(TimexGrammar.find("Sales in the May-July period were flat.", DCT).stream().noneMatch(t -> t.text().contains("May-July")),
                "three months that are not a calendar quarter are no quarter");
    }

    @Test
    void anotherCountsLikeA() {
        assertEquals("P1Y", find("Rates will stay low for at least another year.", "at least another year").value());
        assertEquals("P2W", find("The strike could go on for another two weeks.", "another two weeks").value());
        assertEquals("P6M", find("The plant will run for another six months.", "another six months").value());
    }

    @Test
    void aRateAfterAnAmountAndItsNoun() {
        Timex t = find("The airline loses $2 million in revenue a day, and it sells 300 seats a week.", "a day");
        assertEquals("SET", t.type());
        assertEquals("P1D", t.value());
        assertEquals("P1W", find("The airline loses $2 million in revenue a day, and it sells 300 seats a week.", "a week").value());
    }

    @Test
    void everyUnitIsASetWithoutThePointAfterIt() {
        Timex t = find("The firm has grown every year since 1985.", "every year");
        assertEquals("SET", t.type());
        assertEquals("P1Y", t.value());
        assertEquals("P1M", find("Prices are reviewed each month by the board.", "each month").value());
    }

    @Test
    void aHolidayInItsLongerSpelling() {
        // The third Monday of January nearest the publication date.
        assertEquals("2024-01-15", find("Banks were closed for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day").value());
        assertEquals("2024-01-15", find("Markets reopen after MLK Day.", "MLK Day").value());
    }

    @Test
    void yearRangesFarApartUnlessTheyCouldBeClockTimes() {
        // Revision 7: a reference period of many years is two years; "1800-2000" could be hours and stays unread here.
        List<Timex> y = TimexGrammar.find("Rainfall was below the 1971-2000 norm, and the 1951-1980 period was studied.", DCT);
        assertTrue(y.stream().anyMatch(t -> t.text().equals("1971") && t.value().equals("1971")), y.toString());
        assertTrue(y.stream().anyMatch(t -> t.text().equals("2000") && t.value().equals("2000")), y.toString());
        assertTrue(y.stream().anyMatch(t -> t.text().equals("1980") && t.value().equals("1980")), y.toString());
        assertTrue(TimexGrammar.find("The shop opens 1800-2000 GMT.", DCT).stream().noneMatch(t -> t.text().equals("1800")));
    }

    @Test
    void nextWeekdayIsTheFirstOneAfterThePublication() {
        // Revision 7: DCT is a Wednesday; "next Friday" is two days on, "next Wednesday" a week on, "next Monday" five days on.
        assertEquals("2024-03-15", find("The fair closes next Friday.", "next Friday").value());
        assertEquals("2024-03-20", find("Voting ends next Wednesday.", "next Wednesday").value());
        assertEquals("2024-03-18", find("Talks resume next Monday.", "next Monday").value());
    }
}
