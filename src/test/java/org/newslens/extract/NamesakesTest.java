package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;

/**
 * People who share a surname (spouses, siblings, parents and children, Jr./Sr.), on made-up sentences: each surname
 * mention and each quote goes to the right one of them ({@link ActorResolver}'s namesakes, {@link Gender}).
 */
class NamesakesTest {

    private static List<String> speakers(String text) {
        return X.extract(text, WED).quotes().stream().map(ExtractedQuote::speaker).toList();
    }

    private static ExtractedActor person(Extraction e, String name) {
        return e.actors().stream().filter(a -> a.type() == ActorType.PERSON && a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + e.actors()));
    }

    @Test
    void anHonorificPicksTheSpouseOfItsGender() {
        String t = "Peter Voss, 61, and his wife, Helen Voss, 59, were pulled from the river by two fishermen. "
                + "\"I could not feel my legs,\" Mr Voss said. \"The boat turned over in a second,\" Mrs Voss said.";
        assertEquals(List.of("Peter Voss", "Helen Voss"), speakers(t));
        Extraction e = X.extract(t, WED);
        assertTrue(person(e, "Peter Voss").aliases().contains("Mr Voss"), e.actors().toString());
        assertTrue(person(e, "Helen Voss").aliases().contains("Mrs Voss"), e.actors().toString());
    }

    @Test
    void msAndMrTellSiblingsApartByFirstNames() {
        assertEquals(List.of("Laura Brandt", "Oscar Brandt"), speakers("The bakery was founded by Laura Brandt and Oscar Brandt in 1990. "
                + "\"We never wanted to sell,\" Ms Brandt said. \"The bank gave us no choice,\" Mr Brandt said."));
    }

    @Test
    void mrsMeansTheParentAndMissTheDaughter() {
        assertEquals(List.of("Nora Fisk", "Emma Fisk"), speakers("Nora Fisk, her husband and her daughter, Emma Fisk, were rescued "
                + "from the mountain on Monday. \"We kept each other warm,\" Mrs. Fisk said. \"I was not scared at all,\" Miss Fisk said."));
    }

    @Test
    void mrMeansTheFatherWhenTheSonSharesTheName() {
        assertEquals(List.of("Simon Hart"), speakers("Simon Hart opened the shop in 1975, and his son, Adam Hart, runs it now. "
                + "The shop will close next month. \"It breaks my heart,\" Mr Hart said."));
    }

    @Test
    void aSuffixPicksFatherOrSon() {
        Extraction e = X.extract("Thomas Reed Jr. was elected mayor, and his father, Thomas Reed Sr., watched from the front row. "
                + "\"I am proud of him,\" Reed Sr. said.", WED);
        assertEquals(List.of("Thomas Reed Sr."), e.quotes().stream().map(ExtractedQuote::speaker).toList());
        assertTrue(e.actors().stream().noneMatch(a -> a.name().equals("Reed Sr.")), e.actors().toString());
    }

    @Test
    void aPronounAfterTheSurnameGivesItsGender() {
        Extraction e = X.extract("Frank Dole lost the race to his sister, Ruth Dole, by 40 votes. "
                + "Dole said he would not ask for a recount.", WED);
        assertTrue(person(e, "Frank Dole").aliases().contains("Dole"), e.actors().toString());
        assertTrue(person(e, "Ruth Dole").aliases().isEmpty(), e.actors().toString());
    }

    @Test
    void aBareSurnameRightAfterANamesakeSubjectIsThatNamesake() {
        assertEquals(List.of("Alan Marsh"), speakers("Kate Marsh won the final on Sunday. Her coach and father, Alan Marsh, "
                + "watched from the stands. \"She was better than I ever was,\" Marsh said."));
    }

    @Test
    void aNamesakeCalledByFirstNameIsNotTheBareSurname() {
        Extraction e = X.extract("Viktor Lenz resigned as chairman today after 30 years. His brother, Otto Lenz, will replace him. "
                + "Otto has run the Asian business since 2001. Analysts expect the shares to rise. "
                + "\"I leave the company in good hands,\" Lenz said.", WED);
        assertEquals(List.of("Viktor Lenz"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aNamesakeInASubordinateClauseDoesNotTakeTheNextSurname() {
        assertEquals(List.of("Mark Olsen"), speakers("Mark Olsen will lead the firm from May. Olsen, 44, has worked there for 20 years. "
                + "He is the first of the family to run it since his grandfather, Karl Olsen, retired in 1980. "
                + "\"It is a great honour,\" Olsen said."));
    }

    @Test
    void aVerbAfterAndFollowingTheQuoteIsNotItsAttribution() {
        assertEquals(List.of("Lena Pratt"), speakers("Lena Pratt said the deal was \"a good day for the town\" and called on "
                + "Tom Greer to sign it."));
    }

    @Test
    void aPossessiveInsideAnAppositionIsNotTheSpeaker() {
        assertEquals(List.of("Hugo Lind"), speakers("The families of the two climbers waited at the camp. "
                + "\"We still have hope,\" Hugo Lind, Eric Lind's brother, said on Monday."));
    }

    @Test
    void sheSkipsAManNamedMoreRecently() {
        assertEquals(List.of("Greta Solberg"), speakers("Greta Solberg was trapped in her car for six hours. Her husband, "
                + "Carl Moe, called the police. \"I thought nobody would come,\" she said."));
    }

    @Test
    void genderEvidence() {
        assertEquals(Gender.FEMALE, Gender.ofHonorific("Mrs."));
        assertEquals(Gender.MALE, Gender.ofHonorific("Mr"));
        assertEquals(Gender.UNKNOWN, Gender.ofHonorific("Dr."));
        assertEquals(Gender.FEMALE, Gender.ofKinship("widow"));
        assertEquals(Gender.MALE, Gender.ofKinship("nephew"));
        assertEquals(Gender.MALE, Gender.ofFirstName("George"));
        assertEquals(Gender.FEMALE, Gender.ofFirstName("Susan"));
        assertEquals(Gender.UNKNOWN, Gender.ofFirstName("Zorblat"));
        assertEquals(Gender.UNKNOWN, Gender.join(Gender.MALE, Gender.FEMALE));
        assertEquals(Gender.FEMALE, Gender.join(Gender.UNKNOWN, Gender.FEMALE));
    }
}
