package org.newslens.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article (published 2025-04-22): people, aliases, roles, dates, quotes, published date. */
class SeedArticleTest {
    /**
     * "Today" for published-date inference, fixed so that the answer does not change with the calendar
     * (a date written without a year takes the latest year, not after today, that fits the text's clues).
     */
    static final NlpExtractor AT_A_FIXED_DAY =
            new NlpExtractor(Clock.fixed(Instant.parse("2025-11-01T12:00:00Z"), ZoneOffset.UTC));
    static String body;
    static Extraction given;

    @BeforeAll
    static void load() throws Exception {
        Path seeds = Path.of(System.getProperty("newslens.seeds.dir", "seeds"));
        body = Files.readString(seeds.resolve("000_d4bee8b1a617d919.txt"));
        given = AT_A_FIXED_DAY.extract(body, LocalDate.of(2025, 4, 22));
    }

    static ExtractedActor person(Extraction e, String name) {
        return e.actors().stream().filter(a -> a.type() == ActorType.PERSON && a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + e.actors()));
    }

    @Test
    void exactlyFourPeopleWithoutPronouns() {
        Set<String> people = given.actors().stream().filter(a -> a.type() == ActorType.PERSON)
                .map(ExtractedActor::name).collect(Collectors.toSet());
        assertEquals(Set.of("Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "Donald Trump"), people);
        for (ExtractedActor a : given.actors()) {
            // "US" is a short form of the United States (gazetteer), not the pronoun "us".
            for (String n : a.aliases()) assertFalse(Words.PRONOUNS.contains(n.toLowerCase()) && NameKeys.canonicalPlace(n) == null, "pronoun alias " + n);
            for (Span s : a.mentions()) assertEquals(s.text(), body.substring(s.start(), s.end()));
        }
    }

    @Test
    void aliasesAndRoles() {
        assertTrue(person(given, "Vladimir Putin").aliases().contains("Putin"));
        assertTrue(person(given, "Donald Trump").aliases().contains("Mr Trump"));
        assertTrue(person(given, "Donald Trump").roles().contains("US President"));
        assertTrue(person(given, "Dmitry Peskov").roles().contains("Kremlin spokesperson"));
        assertEquals(2, person(given, "Vladimir Putin").mentions().size());
    }

    @Test
    void datesResolveAgainstThePublishedDate() {
        assertEquals("2025-04-23", value(given, "tomorrow"));
        assertEquals("2025-04-23", value(given, "April 23"));
        assertEquals("2025-04-21", value(given, "April 21"));
        assertEquals("P3D", value(given, "the next three days"));
        assertEquals("2025-W17", value(given, "later this week"));
        ExtractedDate d = given.dates().stream().filter(x -> x.text().equals("April 21")).findFirst().orElseThrow();
        assertTrue(d.actors().contains("Volodymyr Zelensky"));
        assertEquals(d.sentence(), body.substring(d.sentenceStart(), d.sentenceEnd()));
    }

    static String value(Extraction e, String text) {
        return e.dates().stream().filter(d -> d.text().equals(text)).map(ExtractedDate::value).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + e.dates()));
    }

    @Test
    void quotesAreAttributed() {
        List<ExtractedQuote> q = given.quotes();
        Set<String> speakers = q.stream().map(ExtractedQuote::speaker).collect(Collectors.toSet());
        assertEquals(Set.of("Vladimir Putin", "Volodymyr Zelensky", "Dmitry Peskov", "Donald Trump"), speakers);
        assertEquals("Vladimir Putin", speakerOf(q, "That’s what we need"));  // "he said"
        assertEquals("Dmitry Peskov", speakerOf(q, "The president had in mind"));
        assertEquals("Volodymyr Zelensky", speakerOf(q, "A ceasefire"));
        assertEquals("Donald Trump", speakerOf(q, "But we had very good meetings"));
        assertTrue(q.stream().noneMatch(x -> x.text().equals("Easter truce")), "scare quotes are not quotes");
        for (ExtractedQuote x : q) assertEquals(x.text(), body.substring(x.start(), x.end()));
    }

    static String speakerOf(List<ExtractedQuote> q, String prefix) {
        return q.stream().filter(x -> x.text().startsWith(prefix)).map(ExtractedQuote::speaker).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + prefix));
    }

    @Test
    void publishedDateIsInferredWhenNotGiven() {
        Extraction e = AT_A_FIXED_DAY.extract(body, null);
        assertNotNull(e.published());
        assertEquals(LocalDate.of(2025, 4, 22), e.published());
        assertTrue(e.publishedInferred());
        assertEquals("2025-04-23", value(e, "tomorrow"));
        assertFalse(given.publishedInferred());
    }
}
