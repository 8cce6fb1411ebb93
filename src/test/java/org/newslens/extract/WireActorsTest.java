package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.ActorSenseTest.personNames;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;

/**
 * Persons and quotes in news-wire style (issue 10, the wire-style check set), on made-up sentences: one
 * mechanism per test.
 */
class WireActorsTest {

    private static List<ExtractedQuote> quotes(String text, LocalDate dct) {
        return X.extract(text, dct).quotes();
    }

    private static List<String> speakers(String text) {
        return quotes(text, WED).stream().map(ExtractedQuote::speaker).toList();
    }

    @Test
    void aStormOrAShipNamedLikeAPersonIsNotAPersonAnywhereInTheArticle() {
        Extraction e = X.extract("Hurricane Rosalind struck the coast on Tuesday. Rosalind destroyed 300 homes, said "
                + "Mayor Tom Vandel.", WED);
        assertEquals(List.of("Tom Vandel"), personNames(e));
        Extraction f = X.extract("The Panamanian freighter Edith Brandauer ran aground near the harbour on Monday. "
                + "The Edith Brandauer was carrying coal, said harbour master Ivo Lenz.", WED);
        assertEquals(List.of("Ivo Lenz"), personNames(f));
    }

    @Test
    void aProductInAnAppositiveIsNotAPerson() {
        Extraction e = X.extract("Kestrel Systems showed its new desktop operating system, Grey Heron, on Monday. "
                + "Chief executive Dana Pell said it would ship in June.", WED);
        assertEquals(List.of("Dana Pell"), personNames(e));
        Extraction f = X.extract("Analysts liked Grey Heron, the latest version of the company's software, said Ruth Obi.", WED);
        assertEquals(List.of("Ruth Obi"), personNames(f));
    }

    @Test
    void aNameMadeNewIsAProduct() {
        Extraction e = X.extract("The Falcon will face stiff competition from the completely new Kestrel Marlow, "
                + "said Hugh Denning, an analyst.", WED);
        assertEquals(List.of("Hugh Denning"), personNames(e));
        // A new person in a job keeps the role noun between: "the new coach, Ada Brix".
        assertEquals(List.of("Ada Brix"), personNames(X.extract("The club named its new coach, Ada Brix, on Monday.", WED)));
    }

    @Test
    void aNameAfterAPersonAndOfIsTheEmployer() {
        Extraction e = X.extract("Analyst Greta Lorne of Wexler Haddon said the sedan faced tough competition. "
                + "\"The gap has closed,\" she said.", WED);
        assertEquals(List.of("Greta Lorne"), personNames(e));
        assertEquals(List.of("Greta Lorne"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aNameAfterAJobAndAtIsTheEmployer() {
        Extraction e = X.extract("\"Prices will fall,\" said Nora Quill, an analyst at Haddon Wexler in New York.", WED);
        assertEquals(List.of("Nora Quill"), personNames(e));
        // A client is a person: "a lawyer for Ben Marsh".
        assertTrue(personNames(X.extract("A lawyer for Ben Marsh said the case would go on.", WED)).contains("Ben Marsh"));
    }

    @Test
    void aNameFollowedByAPlaceNounIsInsideThatPlacesName() {
        Extraction e = X.extract("The activist left Hendrik Voss prison on Sunday after 12 years, said his lawyer, Anna Kriel.", WED);
        assertEquals(List.of("Anna Kriel"), personNames(e));
    }

    @Test
    void aTitleWordEndingANameIsTheSurname() {
        Extraction e = X.extract("Gov. Angus Bishop toured the area on Tuesday. \"This is a disaster for the bay,\" Bishop said.", WED);
        assertEquals(List.of("Angus Bishop"), personNames(e));
        assertEquals(List.of("Angus Bishop"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aParticleInAnotherCaseIsTheSameSurname() {
        Extraction e = X.extract("President P.W. van Tonder spoke in the capital. Van Tonder said he would meet the rebels.", WED);
        assertEquals(List.of("P.W. van Tonder"), personNames(e));
    }

    @Test
    void aWellKnownPersonNamedBySurnameTakesTheFullNameOfThatYear() {
        String text = "President Bush said Tuesday that he would veto the bill. Mr. Bush spoke at the White House.";
        assertEquals(List.of("George Bush"), personNames(X.extract(text, LocalDate.of(1991, 3, 6))));
        assertEquals(List.of("George W. Bush"), personNames(X.extract(text, LocalDate.of(2005, 3, 9))));
        // Outside the years given, or without a publication date, the surname stays as written.
        assertEquals(List.of("Bush"), personNames(X.extract(text, LocalDate.of(2024, 3, 13))));
    }

    @Test
    void anHonorificMustFitTheWellKnownPerson() {
        assertEquals(List.of("Margaret Thatcher"), personNames(X.extract("Mrs. Thatcher said on Tuesday that she would stay.",
                LocalDate.of(1990, 11, 14))));
        assertEquals(List.of("Clinton"), personNames(X.extract("Mrs. Clinton said on Tuesday that she would run for the Senate.",
                LocalDate.of(1999, 7, 7))));
    }

    @Test
    void aTitledWellKnownSurnameIsNotAnotherPersonOfThatSurname() {
        Extraction e = X.extract("The House impeached President Clinton on Saturday. Later Clinton appeared with his wife, "
                + "Hillary Rodham Clinton, on the lawn.", LocalDate.of(1998, 12, 19));
        List<String> names = personNames(e);
        assertTrue(names.contains("Bill Clinton"), names.toString());
        assertTrue(names.contains("Hillary Rodham Clinton"), names.toString());
    }

    @Test
    void aFullNameWrittenOnlyInsideATitleIsTheCanonicalName() {
        Extraction e = X.extract("NBC's \"The Late Hour With Rick Tamsin\" lost viewers last week. Tamsin, who took over "
                + "the show in 1992, said he was not worried.", WED);
        assertEquals(List.of("Rick Tamsin"), personNames(e));
    }

    @Test
    void aFullNameInsideAQuotedShowTitleNamesThePersonOfThatSurname() {
        Extraction e = X.extract("\"The Rosa Keller Show\" remained the top daytime program. Keller said on Monday that "
                + "she would keep it going.", WED);
        assertEquals(List.of("Rosa Keller"), personNames(e));
    }

    @Test
    void aTitleInQuotationMarksIsNotAQuoteWhateverItsLength() {
        assertEquals(0, quotes("The network's \"Late Evening With Rick Tamsin and Friends\" drew nine million viewers. "
                + "Its \"The Morning Show With Ada Lenz.\" drew fewer.", WED).size());
        assertEquals(List.of(), speakers("He gave his \"I Have a Plan\" speech on the steps of the town hall."));
    }

    @Test
    void lowerCaseWordsInReportedSpeechAreQuotes() {
        assertEquals(List.of("Carl Moser"), speakers("Senator Carl Moser called the plan \"the same old politics\" and left."));
        assertEquals(List.of("Ines Wahl"), speakers("The update costs what Ines Wahl described as \"a nominal charge\" for users."));
        assertEquals(List.of("Ines Wahl"), speakers("Ines Wahl described the new cars as \"better\" than the old ones."));
        // No one's words: a term in a plain sentence, a so-called term, a capitalised name.
        assertEquals(List.of(), speakers("The first flight will leave for a \"special charity-flight\" from Paris."));
        assertEquals(List.of(), speakers("Ines Wahl said the so-called \"experts\" were wrong."));
        assertEquals(List.of(), speakers("Ines Wahl said the \"Skybird\" would fly in May."));
        assertEquals(List.of(), speakers("Ines Wahl said the company's \"poison pill\" defense would stay in place."));
    }

    @Test
    void aVerbOfPraiseOrBlameIntroducesTheSubjectsWords() {
        assertEquals(List.of("Rolf Amsel"), speakers("Rolf Amsel, speaking in Bonn, praised Uta Kern for running "
                + "\"a strong and honest campaign.\""));
    }

    @Test
    void aSpeechVerbInsideARelativeClauseDoesNotIntroduceTheQuote() {
        assertEquals(List.of("Rolf Amsel", "Rolf Amsel"), speakers("\"We have waited long enough,\" Rolf Amsel said. "
                + "He praised Uta Kern, who announced the talks on Saturday, as \"a woman of her word,\" but asked for more."));
    }

    @Test
    void aPronounAfterAnOpeningPhraseIsNotANameInsideThatPhrase() {
        assertEquals(List.of("Rolf Amsel"), speakers("Rolf Amsel was driven home. In a statement read by his son Peter, "
                + "he said he would look for \"the people who did this to my family.\""));
    }

    @Test
    void aFrequencyBeforeTheVerbIsNotItsSubject() {
        assertEquals(List.of("Rolf Amsel", "Rolf Amsel"), speakers("Rolf Amsel said he expected the plant to make "
                + "\"cheaper and cleaner engines,\" and several times described the new engines as \"better\"."));
    }

    @Test
    void aPronounSubjectContinuesThePreviousSentencesSubject() {
        assertEquals(List.of("Rolf Amsel"), speakers("Rolf Amsel pleaded with Uta Kern to stop the vote. "
                + "\"We need to start healing,\" he said."));
        // The nearest person when the previous sentence has no other person as its subject.
        assertEquals(List.of("Uta Kern"), speakers("The party thanked Uta Kern. \"I am grateful,\" she said."));
    }

    @Test
    void aPronounAfterTheRoleNounOfAPersonIsThatPerson() {
        assertEquals(List.of("Uta Kern", "Rolf Amsel"), speakers("President Rolf Amsel left the hall. Speaker Uta Kern said the "
                + "vote would go on. \"It is serious,\" Kern said.\nAt a breakfast on Friday, the president again apologized. "
                + "\"I was wrong,\" he said."));
    }

    @Test
    void aPersonOfACompanyTaggedAsOneOrganisationIsSplit() {
        Extraction e = X.extract("\"They have too little business,\" said Tobin Rusk of Hallam Analytical Securities Corp.", WED);
        assertEquals(List.of("Tobin Rusk"), personNames(e));
        assertEquals("Tobin Rusk", e.quotes().get(0).speaker());
    }

    @Test
    void aFilmTitleWithItsCommaInsideTheMarksIsNotAPerson() {
        Extraction e = X.extract("Ada Brix, who played a nurse in \"Walter Grimsby,\" won the prize on Monday.", WED);
        assertEquals(List.of("Ada Brix"), personNames(e));
    }

    @Test
    void aMessageSaysWhatItsSenderWrote() {
        assertEquals(List.of("Rolf Amsel"), speakers("Rolf Amsel, on holiday in Spain, sent a message read by his deputy, "
                + "Uta Kern. \"The work of the union goes on,\" the message said."));
    }

    @Test
    void wordsMouthedAreAQuote() {
        List<ExtractedQuote> q = quotes("Rolf Amsel mouthed \"thank you\" to the jurors as the verdict was read.", WED);
        assertEquals(1, q.size(), q.toString());
        assertEquals("Rolf Amsel", q.get(0).speaker());
    }

    @Test
    void aRealPersonBesideTheCuesStaysAPerson() {
        Extraction e = X.extract("Grace Hollis, the ship's captain, said the storm had passed. Hollis said the crew was safe.", WED);
        assertEquals(List.of("Grace Hollis"), personNames(e));
        assertFalse(personNames(X.extract("Tom Baird, the car dealer, said sales fell.", WED)).isEmpty());
    }
}
