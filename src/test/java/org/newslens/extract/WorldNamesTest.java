package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;

/**
 * Names from naming traditions other than the English one, on made-up sentences ({@link ActorResolver}): Russian
 * patronymics, an Arabic article fused into the surname, "Sheikh" as part of a South Asian name but a title before a
 * Gulf ruler's, the Burmese honorifics U and Daw, and a priest's "Father".
 */
class WorldNamesTest {

    private static List<String> persons(String text) {
        return X.extract(text, WED).actors().stream().filter(a -> a.type() == ActorType.PERSON).map(ExtractedActor::name).toList();
    }

    @Test
    void aGivenNameAndPatronymicIsTheSamePerson() {
        List<String> p = persons("Prime Minister Viktor Chernomyrdin met the miners' leaders in Moscow on Tuesday. "
                + "\"Viktor Stepanovich promised us our wages by Friday,\" said union leader Pavel Sukhov.");
        assertTrue(p.contains("Viktor Chernomyrdin"), p.toString());
        assertFalse(p.contains("Viktor Stepanovich"), p.toString());
    }

    @Test
    void theFullNameWithPatronymicAndTheShortOneAreOnePerson() {
        List<String> p = persons("Governor Anatoly Petrov opened the new bridge in Samara. Anatoly Ivanovich Petrov, 58, "
                + "has run the region since 1996.");
        assertEquals(1, p.stream().filter(n -> n.contains("Petrov")).count(), p.toString());
        assertTrue(p.contains("Anatoly Ivanovich Petrov"), p.toString());
    }

    @Test
    void anArabicArticleWrittenIntoTheSurnameIsTheSameSurname() {
        List<String> p = persons("The talks were chaired by the minister, Karim el-Hadidi, in Alexandria. "
                + "Elhadidi, a former banker, said the next round would be held in May.");
        assertTrue(p.contains("Karim el-Hadidi"), p.toString());
        assertFalse(p.contains("Elhadidi"), p.toString());
    }

    @Test
    void sheikhIsPartOfASouthAsianName() {
        List<String> p = persons("Thousands of supporters greeted Sheikh Rehana at the airport in Chittagong. "
                + "Rehana said her party would contest every seat.");
        assertTrue(p.contains("Sheikh Rehana"), p.toString());
        assertEquals(1, p.size(), p.toString());
    }

    @Test
    void sheikhIsATitleBeforeAGulfRulersName() {
        List<String> p = persons("The emir's cousin, Sheikh Faisal bin Nasser Al Khalifa, opened the conference. "
                + "Sheikh Faisal said the kingdom would invest $2 billion.");
        assertTrue(p.contains("Faisal bin Nasser Al Khalifa"), p.toString());
        assertFalse(p.stream().anyMatch(n -> n.startsWith("Sheikh")), p.toString());
    }

    @Test
    void burmeseHonorificsAreNotPartOfTheName() {
        List<String> p = persons("The party's secretary, U Win Naing, was released on Monday, and its treasurer, Daw Khin Mya, "
                + "is still in prison. Win Naing said he had been held for two years.");
        assertTrue(p.contains("Win Naing"), p.toString());
        assertTrue(p.contains("Khin Mya"), p.toString());
    }

    @Test
    void fatherBeforeAPriestsNameIsATitle() {
        List<String> p = persons("The mass was said by Father Tomas Kearney, who has led the parish for 20 years. "
                + "Kearney said the church would stay open.");
        assertTrue(p.contains("Tomas Kearney"), p.toString());
    }
}
