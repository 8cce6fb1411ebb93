package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newslens.extract.ActorSenseTest.actor;
import static org.newslens.extract.ActorSenseTest.personNames;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;

/**
 * Persons and quotes in Wikinews style (issue 10, the Wikinews-style check set unseen-wiki-actors), on
 * made-up sentences: one mechanism per test.
 */
class WikiActorsTest {

    private static List<String> speakers(String text) {
        return X.extract(text, WED).quotes().stream().map(ExtractedQuote::speaker).toList();
    }

    @Test
    void aFirstNameThatIsAlsoACommonWordStaysInTheName() {
        // "Chew", "Drew": a first name the tagger may read as a verb; it is never written in lower case here.
        Extraction e = X.extract("\"We are ready,\" said Chew Keng Liat, the airline's chief executive. "
                + "Chew said the first flight would leave on Friday.", WED);
        assertEquals(List.of("Chew Keng Liat"), personNames(e));
        // A party label before a name is not its first name.
        Extraction f = X.extract("Republican Darla Venn said the bill would fail. Venn spoke in Ohio.", WED);
        assertEquals(List.of("Darla Venn"), personNames(f));
        // A word the article also writes in lower case is not a first name ("chew" the verb).
        Extraction g = X.extract("Dogs chew everything, said Chew Halvorsen, a vet.", WED);
        assertEquals(1, personNames(g).size(), personNames(g).toString());
    }

    @Test
    void untaggedCapitalisedWordsBeforeACommaAndARoleAreAPerson() {
        // A name the tagger may leave untagged, with a hyphenated given name, named by its role in an appositive.
        Extraction e = X.extract("The president has urged the groups to cut debt. Park Hae-jin, an analyst at Hanbit Securities, said the change "
                + "was overdue. \"Nobody expected it,\" Park said.", WED);
        assertEquals(List.of("Park Hae-jin"), personNames(e));
        // Without a role after the comma the words are not made a person.
        Extraction f = X.extract("Shares fell. Blue Harbor, a town in the north, said nothing.", WED);
        assertEquals(List.of(), personNames(f));
    }

    @Test
    void aFullNameTheTaggerMissedIsTakenFromTheSurnameItFound() {
        Extraction e = X.extract("Usko Varn of Finland won the javelin final on Sunday night. Varn threw 91 metres. "
                + "\"I feel great,\" Varn said.", WED);
        assertEquals(List.of("Usko Varn"), personNames(e));
        assertEquals(List.of("Usko Varn"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void aSurnameOpeningASentenceAsItsSubjectIsThePerson() {
        // "Brant had lost to Okoye": the pronoun after goes on with the sentence's subject, not its object.
        List<String> s = speakers("\"I told you I would win,\" said Lena Brant after the race. Brant had lost to "
                + "Ada Okoye at the trials in June. \"People doubted me,\" she added.");
        assertEquals(List.of("Lena Brant", "Lena Brant"), s);
    }

    @Test
    void aShortFormInBracketsAfterAnOrganisationIsThatOrganisation() {
        Extraction e = X.extract("Kyushu Electric Power Company (KYEPCO), which runs the plant, said it was safe. "
                + "A KYEPCO spokesman said the reactor was cool. \"We are checking every pipe,\" the spokesman said.", WED);
        assertEquals(List.of("Kyushu Electric Power Company"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
        assertEquals(List.of("KYEPCO"), actor(e, "Kyushu Electric Power Company").orElseThrow().aliases());
    }

    @Test
    void capitalisedWordsOpeningASentenceAndAttributedAreSpeech() {
        Extraction e = X.extract("Lucas Mertz led the team. \"We Are On The Moon,\" he said. Mertz thanked the engineers.", WED);
        assertEquals(List.of("Lucas Mertz"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
        // A title inside a sentence, followed by the sentence's own verb, stays a title.
        Extraction f = X.extract("Nora Vail, who starred in \"The Long Field,\" said she was happy.", WED);
        assertEquals(List.of(), f.quotes());
    }

    @Test
    void aFirstNameAfterAKinshipNounIsAPerson() {
        Extraction e = X.extract("Darius Hale will spend more time with his wife, Odette. The couple live in Leeds.", WED);
        assertEquals(List.of("Darius Hale", "Odette"), personNames(e));
    }

    @Test
    void anAppositiveBetweenTheSpeakerAndTheVerbIsSkipped() {
        // The person named inside the appositive ("a rival of Jobs") is not the subject of "said".
        List<String> s = speakers("Orrin Lask died on Monday. Petra Quill, the founder of Quill Media and a rival of "
                + "Lask for 20 years, said she would \"miss him every day.\"");
        assertEquals(List.of("Petra Quill"), s);
    }

    @Test
    void aGovernmentBodyNamedWithOrWithoutItsBodyNounIsOneOrganisation() {
        Extraction e = X.extract("The UK Treasury announced the plan on Monday. It said: \"The U.K. Treasury Department will "
                + "guarantee every deposit.\"", WED);
        assertEquals(List.of("U.K. Treasury Department"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
        // Another first word is another body.
        assertEquals(false, ActorResolver.bodyOf("French Treasury Department".split(" "), "UK Treasury".split(" ")));
    }

    @Test
    void aNameUsedOnlyAsACompanyIsNotAPerson() {
        assertEquals(List.of(), personNames(X.extract("Hollis Varga reported higher profits on Monday. Varga said theme park "
                + "visits rose.", WED)));
        assertEquals(List.of("Jim Barber"), personNames(X.extract("Analyst Jim Barber said Brenner was weak. Brenner said it "
                + "had enough capital.", WED)));
        // A company named after its founder: the founder's mentions as a person keep him a person.
        assertEquals(List.of("Michael Dell"), personNames(X.extract("Chief executive Michael Dell said the company would grow. "
                + "Dell's shares rose 3 percent.", WED)));
    }

    @Test
    void anOfficesDepartmentIsNotPartOfTheName() {
        // "of" after an office: "State", "Defense" belong to the title, never to the name.
        Extraction e = X.extract("Secretary of State Orla Quent met the envoy. Secretary of Defense Ivo Marsh said the talks went well.", WED);
        assertEquals(List.of("Orla Quent", "Ivo Marsh"), personNames(e));
    }

    @Test
    void wellKnownPoliticiansOfTheLateTwoThousandsByTitleAndSurname() {
        Extraction e = X.extract("Secretary of State Clinton met President Hu in Beijing. Clinton said the talks were frank.",
                java.time.LocalDate.of(2010, 5, 10));
        assertEquals(List.of("Hillary Clinton", "Hu Jintao"), personNames(e));
        // The same surname in 1998 is the president of that year.
        assertEquals(List.of("Bill Clinton"), personNames(X.extract("President Clinton spoke in Ohio.", java.time.LocalDate.of(1998, 5, 10))));
    }

    @Test
    void wellKnownLeadersOfTheirYearsBySurnameAlone() {
        assertEquals(List.of("Helmut Kohl", "Lech Walesa"), personNames(X.extract(
                "Chancellor Kohl met President Walesa in Warsaw on Monday. Kohl said the border was final.", java.time.LocalDate.of(1990, 11, 14))));
        assertEquals(List.of("Robert Mugabe"), personNames(X.extract("Mugabe said on Tuesday that the vote would go ahead.",
                java.time.LocalDate.of(2008, 6, 24))));
        // Named once, with no title or speech verb, a well-known surname is still a person ("Gorbachev met Kohl").
        assertEquals(List.of("Mikhail Gorbachev", "Helmut Kohl"), personNames(X.extract("Gorbachev met Kohl in Kiev on Tuesday.",
                java.time.LocalDate.of(1991, 6, 12))));
        // Left untagged by NER ("Hu said"), a listed surname that is a verb's subject is still found.
        assertEquals(List.of("Hu Jintao"), personNames(X.extract("Hu said China opposed sanctions.", java.time.LocalDate.of(2007, 9, 18))));
        // Outside the years the short form means them, a surname stays as written.
        assertEquals(List.of("Mugabe"), personNames(X.extract("Mugabe said on Tuesday that the vote would go ahead.",
                java.time.LocalDate.of(1975, 6, 24))));
    }

    @Test
    void aNameAfterAKinshipNounIsAFirstNameNotAFamousSurname() {
        List<String> names = personNames(X.extract("Mark Ellory, 61, and his son, Bhutto, were rescued. Bhutto said the water rose fast.",
                java.time.LocalDate.of(2005, 8, 30)));
        assertEquals(List.of("Mark Ellory", "Bhutto"), names);
    }

    @Test
    void itAsTheObjectOfASpeechVerbDoesNotMakeTheSpeakerAFirm() {
        assertEquals(List.of("Orla Quent"), personNames(X.extract("The plan was rejected, while Orla Quent welcomed it.", WED)));
        // "it" as the subject of the reported clause does: "Halvex said it would".
        assertEquals(List.of(), personNames(X.extract("Halvex said it would cut 300 jobs. Halvex said its profit fell.", WED)));
    }

    @Test
    void anotherNameInAnAppositionIsTheSameOne() {
        // "born X": the birth name of the person before the comma, not a second person.
        assertEquals(List.of("Perpetua", "Tomas Quent"), personNames(X.extract("Sister Perpetua, born Orla Quent, was elected abbess. "
                + "Her brother, Tomas Quent, said she was delighted. Sister Perpetua said she would serve.", WED)));
        // A storm's local name is not a person.
        assertEquals(List.of(), personNames(X.extract("Typhoon Bakhar hit the coast. Bakhar, known locally as Rosalind, "
                + "weakened over the sea.", WED)));
        // "X, a larger volcano nearby": a natural feature, a place.
        assertEquals(List.of(), personNames(X.extract("Ash fell on farms. Skaldra, a larger volcano nearby, last erupted in 1918.", WED)));
    }

    @Test
    void titlesWithoutAFullStopAndArabicSurnamesWithoutTheirArticle() {
        assertEquals(List.of("Abdul Rahim al-Nasri"), personNames(X.extract("The head of the army, General Abdul Rahim al-Nasri, spoke. "
                + "\"We will not rule,\" Gen Nasri said.", WED)));
    }
}
