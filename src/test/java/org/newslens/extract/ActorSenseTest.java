package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;
import static org.newslens.extract.RulesTest.people;

/** One sense per article, places, roles and the name forms of one person, on made-up sentences. */
class ActorSenseTest {

    static List<String> personNames(Extraction e) {
        return people(e).stream().map(ExtractedActor::name).toList();
    }

    static Optional<ExtractedActor> actor(Extraction e, String name) {
        return e.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Test
    void aNameTheArticleWritesWithACorporateSuffixIsNotAPerson() {
        Extraction e = X.extract("Bramwell Holdings PLC reported a loss on Tuesday. Bramwell said that its sales in Europe "
                + "fell by a tenth, and Bramwell will close two plants.", WED);
        assertFalse(personNames(e).stream().anyMatch(n -> n.contains("Bramwell")), e.actors().toString());
    }

    @Test
    void aNameUsedAsAnOrganisationInTheSameArticleIsNotAPerson() {
        OneSense.corporateStems(Pipeline.get().annotate("Shares of Kalvo Group rose. Kalvo Inc. is based in Oslo.", WED))
                .forEach(k -> assertTrue(k.startsWith("kalvo"), k));
        assertTrue(OneSense.corporateStems(Pipeline.get().annotate("Shares of Kalvo Group rose.", WED)).contains("kalvo"));
    }

    @Test
    void aNameInsideATitleIsNotAPerson() {
        Extraction e = X.extract("Mira Tallis appeared on the talk show \"Evenings With Tom Hale\" on Monday. "
                + "Tallis said she enjoyed it.", WED);
        assertEquals(List.of("Mira Tallis"), personNames(e));
        Extraction f = X.extract("Mira Tallis was interviewed on This Week With Dana Kirby on Sunday.", WED);
        assertEquals(List.of("Mira Tallis"), personNames(f));
    }

    @Test
    void aShortFirstNameIsTheSamePerson() {
        Extraction e = X.extract("Timothy D. Larkin leads the firm. Tim Larkin said sales rose in the spring.", WED);
        assertEquals(List.of("Timothy D. Larkin"), personNames(e));
        assertTrue(people(e).get(0).aliases().contains("Tim Larkin"));
    }

    @Test
    void theShortFormsOfACountryAreOnePlace() {
        Extraction e = X.extract("Trade between the U.S. and Canada grew. The United States sold more grain, "
                + "and America bought more timber. The US economy grew.", WED);
        List<ExtractedActor> places = e.actors().stream().filter(a -> a.type() == ActorType.LOCATION && a.name().equals("United States")).toList();
        assertEquals(1, places.size(), e.actors().toString());
        assertTrue(places.get(0).mentions().size() >= 3, places.toString());
        assertEquals("United Kingdom", NameKeys.canonicalPlace("U.K."));
        assertEquals(NameKeys.key("Britain", ActorType.LOCATION), NameKeys.key("United Kingdom", ActorType.LOCATION));
        assertEquals(NameKeys.key("the Netherlands", ActorType.LOCATION), NameKeys.key("Holland", ActorType.LOCATION));
        // Only places fold: a person called Holland is not the Netherlands.
        assertEquals("holland", NameKeys.key("Holland", ActorType.PERSON));
    }

    @Test
    void rolesAfterTheNameAndBeforeItWithACommaAreFound() {
        Extraction e = X.extract("Anna Berglund, the chief executive, said the plan would work. "
                + "The company's finance director, Jonas Ekholm, said costs would fall.", WED);
        assertTrue(actor(e, "Anna Berglund").orElseThrow().roles().stream().anyMatch(r -> r.contains("chief executive")), e.actors().toString());
        assertTrue(actor(e, "Jonas Ekholm").orElseThrow().roles().stream().anyMatch(r -> r.contains("finance director")), e.actors().toString());
        Extraction f = X.extract("Petra Nyman, 51, the airline's chief pilot, said the new jets were quiet.", WED);
        assertTrue(actor(f, "Petra Nyman").orElseThrow().roles().stream().anyMatch(r -> r.contains("chief pilot")), f.actors().toString());
    }

    @Test
    void honorificsAreOneListForRulesAndKeys() {
        for (String h : NameKeys.HONORIFICS) {
            assertTrue(NameKeys.isHonorific(h) && NameKeys.isHonorific(h + ".") && NameKeys.isHonorific(h.toUpperCase()), h);
            assertEquals("okafor", NameKeys.key(h + " Okafor"), h);
            assertEquals("okafor", NameKeys.key(Character.toUpperCase(h.charAt(0)) + h.substring(1) + ". Okafor"), h);
        }
        assertFalse(NameKeys.isHonorific("President"));
    }

    /** The sentence annotated, then token {@code nth} (0-based) of each listed word re-tagged as the tagger sometimes tags it. */
    static Doc retagged(String text, String... wordNthNerPos) {
        Doc d = Pipeline.get().annotate(text, WED);
        List<Doc.Tok> toks = new java.util.ArrayList<>(d.toks);
        for (int k = 0; k < wordNthNerPos.length; k += 4) {
            int seen = 0;
            for (int i = 0; i < toks.size(); i++) {
                Doc.Tok t = toks.get(i);
                if (!t.word().equals(wordNthNerPos[k]) || seen++ != Integer.parseInt(wordNthNerPos[k + 1])) continue;
                toks.set(i, new Doc.Tok(t.index(), t.start(), t.end(), t.word(), wordNthNerPos[k + 3], t.lemma(), wordNthNerPos[k + 2], t.sent()));
            }
        }
        return new Doc(d.text, toks, d.sents, d.pieces);
    }

    static List<String> resolved(Doc d, ActorType type) {
        return ActorResolver.resolve(d, WED).actors().stream().filter(a -> a.type == type).map(a -> a.name).toList();
    }

    @Test
    void aKoreanNameAfterATitleIsAPersonAndItsFirstWordIsTheSurname() {
        // The tagger took the later surname-only mention for an organisation.
        Doc d = retagged("Labor Minister Gong Tae-woo said the plan would create jobs. \"We will not wait,\" Gong said on Tuesday.",
                "Gong", "1", "ORGANIZATION", "NNP");
        assertEquals(List.of("Gong Tae-woo"), resolved(d, ActorType.PERSON));
        assertEquals(List.of(), resolved(d, ActorType.ORGANIZATION));
        assertTrue(ActorResolver.surnameFirst("Gong Tae-woo"));
        assertFalse(ActorResolver.surnameFirst("Anne-Marie Duval"));
        assertFalse(ActorResolver.surnameFirst("Jean-Luc Picard"));
        // Without a title before it, a brand after a company's name is still no person ("Holden Commodore").
        Doc b = retagged("Holden said it would stop making the Holden Commodore next year.", "Holden", "1", "PERSON", "NNP", "Commodore", "0", "PERSON", "NNP",
                "Holden", "0", "ORGANIZATION", "NNP");
        assertEquals(List.of(), resolved(b, ActorType.PERSON));
    }

    @Test
    void anUntaggedNameInAListOfPeopleIsAPerson() {
        // The tagger left the last name of the list untagged ("Will" read as a verb).
        Doc d = retagged("The prize went to three chemists, Laura Bennet, Oskar Lindqvist and Will Carver, on Tuesday.",
                "Will", "0", "O", "NNP", "Carver", "0", "O", "NNP");
        assertTrue(resolved(d, ActorType.PERSON).contains("Will Carver"), resolved(d, ActorType.PERSON).toString());
        Doc first = retagged("Will Carver, Laura Bennet and Oskar Lindqvist won the prize.", "Will", "0", "O", "NNP", "Carver", "0", "O", "NNP");
        assertTrue(resolved(first, ActorType.PERSON).contains("Will Carver"), resolved(first, ActorType.PERSON).toString());
        // Capitalised words that are not names stay out: a place, a title.
        Doc f = retagged("Laura Bennet and Chief Executive Officer Tom Reyes met in Oslo.", "Chief", "0", "O", "NNP", "Executive", "0", "O", "NNP");
        assertFalse(resolved(f, ActorType.PERSON).stream().anyMatch(n -> n.contains("Chief")), resolved(f, ActorType.PERSON).toString());
    }

    @Test
    void theTownAfterAnAgeInTheWireAppositiveIsAPlace() {
        // The tagger took the town for a person (as it does with "Revere" or "Milton").
        Doc d = retagged("Margaret Olsen, 52, of Braintree, filed the suit on Tuesday. Olsen said she was hopeful.",
                "Braintree", "0", "PERSON", "NNP");
        assertEquals(List.of("Margaret Olsen"), resolved(d, ActorType.PERSON));
        assertTrue(resolved(d, ActorType.LOCATION).contains("Braintree"), resolved(d, ActorType.LOCATION).toString());
    }

    @Test
    void aMonthAbbreviationInsideAPersonsNameIsNoDate() {
        Extraction e = X.extract("Jan Visser and Oskar Lindqvist won the doubles on Sunday. \"We played well,\" Visser said.", WED);
        assertTrue(personNames(e).contains("Jan Visser"), e.actors().toString());
        assertFalse(e.dates().stream().anyMatch(d -> d.text().equals("Jan")), e.dates().toString());
        assertTrue(e.dates().stream().anyMatch(d -> d.text().equals("Sunday")), e.dates().toString());
        // Outside a name the abbreviation is still a month.
        Extraction f = X.extract("Sales rose in Jan. 2008, Oskar Lindqvist said.", WED);
        assertTrue(f.dates().stream().anyMatch(d -> d.value().startsWith("2008-01")), f.dates().toString());
    }

    @Test
    void anInnerWordOfALongNameIsThatPerson() {
        Doc d = retagged("Voters backed Maria Fernanda Costa da Rocha on Sunday. \"We have won,\" Costa told supporters, and Paulo Reis conceded.",
                "Costa", "1", "PERSON", "NNP");
        assertEquals(List.of("Maria Fernanda Costa da Rocha", "Paulo Reis"), resolved(d, ActorType.PERSON));
        // Two long names sharing the inner word: no guess, the short form stays apart.
        Doc f = retagged("Rita Costa Mendes met Jorge Costa Pereira on Sunday. \"We agree,\" Costa said.", "Costa", "2", "PERSON", "NNP");
        assertTrue(resolved(f, ActorType.PERSON).contains("Costa"), resolved(f, ActorType.PERSON).toString());
    }

    @Test
    void aFirstNameTheTaggerLeftOutAfterATitleBelongsToTheName() {
        // The tagger tagged only the surname after the title.
        Doc d = retagged("President Goodwill Mbeki said the plan would go ahead. Mbeki spoke in Pretoria on Tuesday.",
                "Goodwill", "0", "O", "NNP", "Mbeki", "0", "PERSON", "NNP", "Mbeki", "1", "PERSON", "NNP");
        assertEquals(List.of("Goodwill Mbeki"), resolved(d, ActorType.PERSON));
    }

    @Test
    void aPlayersPositionBeforeTheNameIsNotPartOfIt() {
        Doc d = retagged("Spinner Rahul Mehta took five wickets on Tuesday.", "Spinner", "0", "PERSON", "NNP", "Rahul", "0", "PERSON", "NNP",
                "Mehta", "0", "PERSON", "NNP");
        assertEquals(List.of("Rahul Mehta"), resolved(d, ActorType.PERSON));
    }

    @Test
    void aNameWithAParticleAfterALowerCaseTitleIsAPerson() {
        // The tagger took the name after "president" for an organisation.
        Doc d = retagged("The former president Honoré Lefort d'Aubigny backed the plan on Sunday.",
                "Honoré", "0", "ORGANIZATION", "NNP", "Lefort", "0", "ORGANIZATION", "NNP", "d'Aubigny", "0", "ORGANIZATION", "NNP");
        assertEquals(List.of("Honoré Lefort d'Aubigny"), resolved(d, ActorType.PERSON));
    }

    @Test
    void aPartyBeforeATitleAndAPersonIsNoPerson() {
        Doc d = retagged("The vote was called by Clann Nua leader Tomas Brennan on Monday.", "Clann", "0", "PERSON", "NNP", "Nua", "0", "PERSON", "NNP",
                "Tomas", "0", "PERSON", "NNP", "Brennan", "0", "PERSON", "NNP");
        assertEquals(List.of("Tomas Brennan"), resolved(d, ActorType.PERSON));
        assertTrue(resolved(d, ActorType.ORGANIZATION).contains("Clann Nua"), resolved(d, ActorType.ORGANIZATION).toString());
    }

    @Test
    void aOneWordNameAfterAJobNounAndFromIsAPlace() {
        Doc d = retagged("Tomas Brennan, a teacher from Sligo, voted on Monday.", "Sligo", "0", "PERSON", "NNP");
        assertEquals(List.of("Tomas Brennan"), resolved(d, ActorType.PERSON));
    }
}
