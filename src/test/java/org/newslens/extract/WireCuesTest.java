package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.DateTestSupport.dates;
import static org.newslens.extract.DateTestSupport.none;
import static org.newslens.extract.DateTestSupport.value;

/**
 * The second wire set's mechanisms ({@link WireCues} and small hooks in the date, actor and quote classes), on
 * made-up sentences: one mechanism per test.
 */
class WireCuesTest {
    /** A Tuesday. */
    static final LocalDate TUE = LocalDate.of(1991, 4, 16);

    @Test
    void aDayAfterANounOrAdjectiveIsTheNearestNotThePastVerbs() {
        List<ExtractedDate> d = dates("The board declared a dividend of 12 cents, payable May 20 to holders of record May 2.", TUE);
        assertEquals("1991-05-20", value(d, "May 20"));
        assertEquals("1991-05-02", value(d, "May 2"));
    }

    @Test
    void aPresentVerbInATemporalClauseUnderAFutureMainClauseIsTheFuture() {
        List<ExtractedDate> d = dates("Officials expect the minister to answer questions when she appears before the committee on Monday.", TUE);
        assertEquals("1991-04-22", value(d, "Monday"));
        // A past sentence keeps its past.
        List<ExtractedDate> e = dates("The minister answered questions when she appeared before the committee on Monday.", TUE);
        assertEquals("1991-04-15", value(e, "Monday"));
    }

    @Test
    void aScheduledEventInThePresentWithADayIsTheFuture() {
        List<ExtractedDate> d = dates("The bank's fiscal year ends Sunday, a spokesman said.", TUE);
        assertEquals("1991-04-21", value(d, "Sunday"));
        List<ExtractedDate> e = dates("The regulator filed 12 cases in the six months that end Saturday, an official said.", TUE);
        assertEquals("1991-04-20", value(e, "Saturday"));
        // A past event keeps its past.
        assertEquals("1991-04-14", value(dates("The bank's fiscal year ended Sunday, a spokesman said.", TUE), "Sunday"));
    }

    @Test
    void aSinceDateIsNoPastSceneForTheNextYearlessMonth() {
        List<ExtractedDate> d = dates("Ms. Brandt has run the bakery chain since May 1984. She replaces Tom Ode, who left in February.", TUE);
        assertEquals("1991-02", value(d, "February"));
    }

    @Test
    void theEndOfAPeriodDoesNotDateALaterClockTime() {
        List<ExtractedDate> d = dates("Output fell 2 percent in the 12 months to Jan. 31, the ministry said today.\n"
                + "The peso weakened, before recovering a little at 3 p.m.", TUE);
        assertEquals("1991-04-16T15:00", value(d, "3 p.m."));
        assertEquals("1991-04-16", value(d, "today"));
    }

    @Test
    void lastSeasonIsTheLatestOneThatIsOver() {
        // TIMEX3 names a winter by the year it begins in: the winter over by October 1991 is 1990-WI.
        assertEquals("1990-WI", WireCues.lastSeason("last winter", LocalDate.of(1991, 10, 2)));
        assertEquals("1990-SU", WireCues.lastSeason("last summer", LocalDate.of(1991, 7, 20)));
        assertEquals("1991-SP", WireCues.lastSeason("last spring", LocalDate.of(1991, 11, 5)));
        List<ExtractedDate> d = dates("The roof leaked last spring, the caretaker said.", LocalDate.of(1991, 10, 9));
        assertEquals("1991-SP", value(d, "last spring"));
    }

    @Test
    void anAfternoonHourWithoutAMorningWordIsPm() {
        List<ExtractedDate> d = dates("The vote will close at 3 o'clock, the clerk said.", TUE);
        assertEquals("1991-04-16T15:00", value(d, "3 o'clock"));
    }

    @Test
    void aSpokenHourBeforeThisEveningIsAClockTime() {
        List<ExtractedDate> d = dates("The gates open at seven this evening, the organisers said.", TUE);
        assertEquals("1991-04-16T19:00", value(d, "seven this evening"));
    }

    @Test
    void aYearWrittenBeforeAQuarterOrHalfIsItsYear() {
        List<ExtractedDate> d = dates("Profit in the 1989 third quarter was restated, the company said.", TUE);
        assertEquals("1989-Q3", value(d, "the 1989 third quarter"));
        List<ExtractedDate> e = dates("Sales fell in the 1990 second half.", TUE);
        assertEquals("1990-H2", value(e, "the 1990 second half"));
    }

    @Test
    void aWireFractionIsOneDuration() {
        List<ExtractedDate> d = dates("The talks resumed after a break of 2 1/2 years.", TUE);
        assertEquals("P2.5Y", value(d, "2 1/2 years"));
    }

    @Test
    void aUnitAndAHalfIsOneDuration() {
        List<ExtractedDate> d = dates("The mayor has been in office for a year and a half.", TUE);
        assertEquals("P1.5Y", value(d, "a year and a half"));
    }

    @Test
    void moreThanANumberIsNoComparisonWithThePresent() {
        List<ExtractedDate> d = dates("The franc fell more than 3 percent against the mark today.", TUE);
        assertEquals("1991-04-16", value(d, "today"));
    }

    @Test
    void ordinalQuartersNewspapersNamesAndAcronymsAreNoDates() {
        assertTrue(none(dates("Analysts expect a second quarter of losses at the bank.", TUE), "quarter"));
        assertTrue(none(dates("The figures will probably show a third quarter of decline.", TUE), "quarter"));
        assertTrue(none(dates("The business daily Handelsblatt reported the sale.", TUE), "daily"));
        assertTrue(none(dates("She told USA Today that she would run.", TUE), "today"));
        assertTrue(none(dates("An SEC lawyer declined to comment.", TUE), "sec"));
        assertTrue(none(dates("The farmers want to have a future on their land.", TUE), "future"));
        assertTrue(none(dates("He called it a proud hour for the town.", TUE), "hour"));
        // Still dates: a calendar quarter, a daily rate, a future time.
        assertFalse(none(dates("The bank lost money in the second quarter of 1990.", TUE), "quarter"));
        assertFalse(none(dates("The plant makes 300 cars daily.", TUE), "daily"));
    }

    @Test
    void theWeekBeforeADayIsTheWeekBeforeIt() {
        List<ExtractedDate> d = dates("Most buyers waited until the week before Christmas, the stores said.", LocalDate.of(1991, 12, 30));
        assertEquals("1991-W51", value(d, "the week before Christmas"));
    }

    @Test
    void lastWithAMonthAndADayIsThatDay() {
        List<ExtractedDate> d = dates("The old contract expired last Oct. 31, and talks resumed in March.", TUE);
        assertEquals("1990-10-31", value(d, "last Oct. 31"));
    }

    @Test
    void heAddedWithAColonContinuesThePreviousSpeaker() {
        assertEquals(List.of("Rosa Kimble", "Rosa Kimble"), QuoteSpeakerTest.speakers("\"We are ready to talk,\" Rosa Kimble told "
                + "reporters after meeting her deputy, Omar Fenn. He added: \"Nobody wants another strike.\""));
    }

    @Test
    void theCompanyIsTheSubjectOrganisationNotItsAdviser() {
        assertEquals(List.of("Tolliver Corp."), QuoteSpeakerTest.speakers("Tolliver Corp. said its directors would meet Friday and had "
                + "hired Barrow, Pike & Co. as an adviser. \"We will study the offer carefully,\" the company said."));
    }

    @Test
    void aShortFormDefinedAfterTheNameIsThatOrganisation() {
        assertEquals(List.of("National Liberation Army"), QuoteSpeakerTest.speakers("The National Liberation Army, or ELN, "
                + "freed two hostages. In a statement, ELN said the release was \"a sign of good will.\""));
    }

    @Test
    void aSurnameThatStartsACompanysNameIsTheCompany() {
        Extraction e = RulesTest.X.extract("Okamoto Precision Industries Co. agreed to buy a British rival. "
                + "Okamoto would pay $12 a share, the companies said.", TUE);
        assertTrue(e.actors().stream().noneMatch(a -> a.type() == ActorType.PERSON), e.actors().toString());
    }
}
