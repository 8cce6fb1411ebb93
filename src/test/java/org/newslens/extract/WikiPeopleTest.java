package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.extract.ActorSenseTest.personNames;
import static org.newslens.extract.RulesTest.WED;
import static org.newslens.extract.RulesTest.X;

/**
 * People the tagger types wrongly or drops in Wikinews-style text (issue 10, the set unseen-wikipeople), on made-up
 * sentences: each mechanism on a hand-tagged token sequence (so the test does not depend on what the tagger happens
 * to do with the sentence), and end to end where the tagger's output allows.
 */
class WikiPeopleTest {

    /**
     * A document from "word/POS/NER" tokens separated by spaces; a token "." ends a sentence. The text is the words
     * joined by single spaces.
     */
    static Doc tagged(String spec) {
        StringBuilder text = new StringBuilder();
        List<Doc.Tok> toks = new ArrayList<>();
        List<Doc.Sent> sents = new ArrayList<>();
        int sent = 0, sentStart = 0, sentTok = 0;
        String[] parts = spec.trim().split(" +");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split("/");
            String word = p[0].replace('_', ' ');
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(word);
            toks.add(new Doc.Tok(toks.size(), start, text.length(), word, p[1], word, p.length > 2 ? p[2] : "O", sent));
            if (word.equals(".") || i == parts.length - 1) {
                sents.add(new Doc.Sent(sent, sentStart, text.length(), sentTok, toks.size()));
                sent++;
                sentStart = text.length() + 1;
                sentTok = toks.size();
            }
        }
        return new Doc(text.toString(), toks, sents, List.of());
    }

    private static List<String> persons(Doc doc) {
        List<String> out = new ArrayList<>();
        for (ActorResolver.Actor a : ActorResolver.resolve(doc).actors()) if (a.type == ActorType.PERSON) out.add(a.name);
        return out;
    }

    @Test
    void untaggedWordsAfterATitleAreAPersonWhenTheSurnameRecurs() {
        Doc d = tagged("Governor/NNP Odile/NNP Marchetti/NNP visited/VBD the/DT port/NN ./. "
                + "Marchetti/NNP met/VBD workers/NNS ./.");
        assertEquals(List.of("Odile Marchetti"), persons(d));
        // Followed by a speech verb, a single mention is enough.
        Doc s = tagged("Mayor/NNP Tiberio/NNP Lenz/NNP said/VBD the/DT road/NN would/MD open/VB ./.");
        assertEquals(List.of("Tiberio Lenz"), persons(s));
        // Neither: a title before capitalised words that never recur is not made a person ("President Street Bridge").
        Doc n = tagged("Senator/NNP Ridge/NNP Parkway/NNP closed/VBD ./. Traffic/NN moved/VBD ./.");
        assertEquals(List.of(), persons(n));
    }

    @Test
    void aNameAfterAKinshipNounIsAPersonWhateverNerTypedIt() {
        Doc d = tagged("Her/PRP$ brothers/NNS Santo/NNP/ORGANIZATION Dario/NNP/ORGANIZATION and/CC Ilse/NNP/PERSON "
                + "attended/VBD ./. Santo/NNP/PERSON Dario/NNP/PERSON Venn/NNP/PERSON spoke/VBD ./.");
        List<String> p = persons(d);
        // "Santo Dario" joins the full name written later; "Ilse" stays, a list member beside him.
        assertEquals(List.of("Santo Dario Venn", "Ilse"), p);
        // Without the possessive the kinship noun names no one ("Sisters of Mercy" stays an organisation).
        Doc n = tagged("The/DT sisters/NNS Mercy/NNP/ORGANIZATION Hall/NNP/ORGANIZATION opened/VBD ./.");
        assertEquals(List.of(), persons(n));
    }

    @Test
    void aOneWordPersonInAListOfPeopleIsKept() {
        Doc d = tagged("The/DT team/NN :/: Rui/NNP/PERSON Falcao/NNP/PERSON ,/, Tiaguinho/NNP/PERSON ;/: "
                + "Omar/NNP/PERSON Idrissi/NNP/PERSON ./.");
        assertEquals(List.of("Rui Falcao", "Tiaguinho", "Omar Idrissi"), persons(d));
        // Alone, once, with nothing saying it is a person, a one-word name is still too weak to report.
        Doc n = tagged("The/DT report/NN cited/VBD Tiaguinho/NNP/PERSON ./.");
        assertEquals(List.of(), persons(n));
    }

    @Test
    void aNumberedResultsTableTypesItsLinesAlike() {
        Doc d = tagged("1/LS ./. Ilka/NNP/PERSON Brandt/NNP/PERSON (/-LRB- Orla/NNP/ORGANIZATION )/-RRB- ;/: "
                + "2/LS ./. Tom/NNP/PERSON Ferris/NNP/PERSON (/-LRB- Orla/NNP/ORGANIZATION )/-RRB- ;/: "
                + "3/LS ./. Kestrel/NNP/ORGANIZATION Pike/NNP/ORGANIZATION (/-LRB- Vanta/NNP/ORGANIZATION )/-RRB- ./. "
                + "Fans/NNS cheered/VBD Kestrel/NNP/ORGANIZATION Pike/NNP/ORGANIZATION ./.");
        assertTrue(persons(d).contains("Kestrel Pike"), persons(d).toString());
        // One person line is not a table of people: the others keep their type.
        Doc n = tagged("1/LS ./. Ilka/NNP/PERSON Brandt/NNP/PERSON (/-LRB- Orla/NNP/ORGANIZATION )/-RRB- ;/: "
                + "2/LS ./. Kestrel/NNP/ORGANIZATION Pike/NNP/ORGANIZATION (/-LRB- Vanta/NNP/ORGANIZATION )/-RRB- ./.");
        assertFalse(persons(n).contains("Kestrel Pike"), persons(n).toString());
    }

    @Test
    void aNameAfterAnOrganisationNounIsThatOrganisation() {
        Doc d = tagged("The/DT ferry/NN ,/, run/VBN by/IN the/DT company/NN Rapido/NNP/PERSON Sur/NNP/PERSON ,/, sank/VBD ./.");
        assertEquals(List.of(), persons(d));
        // A spokesman is a person, not the organisation.
        Doc s = tagged("The/DT company/NN spokesman/NN Ivo/NNP/PERSON Rask/NNP/PERSON said/VBD no/DT ./.");
        assertEquals(List.of("Ivo Rask"), persons(s));
    }

    @Test
    void aNameModifyingANounAfterATitleIsNotAPerson() {
        Doc d = tagged("The/DT chief/JJ African/NNP/ORGANIZATION Union/NNP/ORGANIZATION mediator/NN ,/, "
                + "Ama/NNP/PERSON Osei/NNP/PERSON ,/, said/VBD it/PRP ./.");
        assertEquals(List.of("Ama Osei"), persons(d));
    }

    @Test
    void aPersonAndTheFirmTaggedAsOneOrganisationAfterARoleAreSplit() {
        Doc d = tagged("Another/DT analyst/NN ,/, Hale/NNP/ORGANIZATION Tremont/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "Birch/NNP/ORGANIZATION Row/NNP/ORGANIZATION Partners/NNPS/ORGANIZATION ,/, disagreed/VBD ./.");
        assertEquals(List.of("Hale Tremont"), persons(d));
    }

    @Test
    void aTwoWordPlaceAfterAPlacesPossessiveAndBeforeAVerbIsAPerson() {
        Doc d = tagged("In/IN judo/NN ,/, Brazil/NNP/LOCATION 's/POS Ilda/NNP/LOCATION Mourao/NNP/LOCATION won/VBD gold/NN ./.");
        assertEquals(List.of("Ilda Mourao"), persons(d));
        // A geographic name stays a place.
        Doc g = tagged("Peru/NNP/LOCATION 's/POS Lake/NNP/LOCATION Orcon/NNP/LOCATION froze/VBD ./.");
        assertEquals(List.of(), persons(g));
        // Without a verb after it (a modifier: "Brazil's Ilda Mourao team") nothing changes.
        Doc n = tagged("Brazil/NNP/LOCATION 's/POS Ilda/NNP/LOCATION Mourao/NNP/LOCATION region/NN grew/VBD ./.");
        assertEquals(List.of(), persons(n));
    }

    @Test
    void aNameAPersonTakesIsThatPersonsNewName() {
        Doc d = tagged("Bishop/NNP Anselm/NNP/PERSON Kordt/NNP/PERSON was/VBD elected/VBN and/CC took/VBD the/DT name/NN "
                + "Gregor/NNP/PERSON ./. Gregor/NNP/PERSON will/MD travel/VB ./.");
        assertEquals(List.of("Anselm Kordt"), persons(d));
        // Not taken ("named after Gregor"): two people.
        Doc n = tagged("Anselm/NNP/PERSON Kordt/NNP/PERSON praised/VBD Gregor/NNP/PERSON ./. Gregor/NNP/PERSON will/MD travel/VB ./.");
        assertEquals(List.of("Anselm Kordt", "Gregor"), persons(n));
    }

    @Test
    void aFirstNameAfterAnAdjectiveAndAKinshipNounIsAPerson() {
        Doc d = tagged("Ona/NNP/PERSON Brisk/NNP/PERSON beat/VBD her/PRP$ older/JJR sister/NN Wren/NNP/PERSON again/RB ./.");
        assertEquals(List.of("Ona Brisk", "Wren"), persons(d));
    }

    @Test
    void aDefiniteDescriptionWithNoRoleHolderIsTheStorysMainPerson() {
        List<String> s = X.extract("Gaspard Ometz, who has led the country since 1984, said on Monday that he would not stand again. "
                + "Ometz has been ill for months. Ometz's party will choose its candidate in June. In a letter read on "
                + "television, the ailing leader wrote: \"My time has come to rest.\"", WED).quotes().stream().map(ExtractedQuote::speaker).toList();
        assertEquals(List.of("Gaspard Ometz"), s);
        // Two people named as often: the description stays unnamed.
        List<String> t = X.extract("Ana Lindqvist met Bruno Orsatti in Geneva. Lindqvist arrived first. Orsatti arrived later. "
                + "Lindqvist and Orsatti spoke for an hour. \"We agreed on nothing,\" the diplomat said.", WED)
                .quotes().stream().map(ExtractedQuote::speaker).toList();
        assertEquals(java.util.Collections.singletonList(null), t);
    }

    @Test
    void theStatementSaidIsTheStatementOfTheSubjectItWasIntroducedWith() {
        List<String> s = X.extract("In a statement issued through her lawyer Tomas Ruelle, Mara Benning denied the claims on Tuesday. "
                + "\"I have never met the man,\" the statement said.", WED).quotes().stream().map(ExtractedQuote::speaker).toList();
        assertEquals(List.of("Mara Benning"), s);
    }

    @Test
    void aPersonWhoGaveOnlyAFirstNameIsAPersonAndTheSpeaker() {
        Extraction e = X.extract("Crowds filled the square on Monday. \"We will stay until they listen,\" said a student who gave "
                + "his name only as Tarek.", WED);
        assertEquals(List.of("Tarek"), personNames(e));
        assertEquals(List.of("Tarek"), e.quotes().stream().map(ExtractedQuote::speaker).toList());
    }

    @Test
    void theGovernmentOfANamedLeaderNamesAPerson() {
        Doc d = tagged("The/DT army/NN overthrew/VBD the/DT government/NN of/IN Pravit/NNP/ORGANIZATION Songkhla/NNP/ORGANIZATION ./.");
        assertEquals(List.of("Pravit Songkhla"), persons(d));
        Doc n = tagged("The/DT government/NN of/IN Korvia/NNP/LOCATION said/VBD no/DT ./.");
        assertEquals(List.of(), persons(n));
    }

    @Test
    void aNameBeforeABrandNounIsTheBrand() {
        Doc d = tagged("The/DT group/NN will/MD sell/VB its/PRP$ Falkner/NNP/PERSON brand/NN ./. Falkner/NNP/PERSON sold/VBD cars/NNS ./.");
        assertEquals(List.of(), persons(d));
        Doc o = tagged("The/DT group/NN will/MD sell/VB its/PRP$ Falkner/NNP brand/NN ./. Falkner/NNP/PERSON ,/, whose/WP$ cars/NNS "
                + "are/VBP big/JJ ,/, sold/VBD less/JJR ./.");
        assertEquals(List.of(), persons(o));
        // A person of that name elsewhere keeps it ("Ada Falkner, the founder").
        Doc p = tagged("Ada/NNP/PERSON Falkner/NNP/PERSON ,/, the/DT founder/NN ,/, spoke/VBD ./. Falkner/NNP/PERSON smiled/VBD ./.");
        assertEquals(List.of("Ada Falkner"), persons(p));
    }

    @Test
    void aCongressmanIsATitle() {
        Extraction e = X.extract("Congressman Dale Whitcombe voted against the bill on Tuesday.", WED);
        assertEquals(List.of("Dale Whitcombe"), personNames(e));
    }
}
