package org.newslens.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataTest {
    @Test
    void jsonLdInsideAGraphWins() {
        WebPage p = Pages.extract("metadata-graph.html", "https://ledger.example.com/a?utm=x");
        assertEquals("Central bank holds rates steady for a third month", p.title());
        assertEquals(List.of("Ana Reyes", "Tom Wu"), p.authors());
        assertEquals("Daily Ledger", p.site());
        assertEquals("https://ledger.example.com/2024/03/09/rates", p.url());
        // the day as written in the timestamp's own offset, not the next day in UTC
        assertEquals(LocalDate.of(2024, 3, 9), p.published());
        assertEquals("es-MX", p.language());
        assertTrue(p.text().startsWith("The central bank kept"), p.text());
    }

    @Test
    void openGraphAndMetaAuthor() {
        WebPage p = Pages.extract("metadata-og.html", "https://quotidien.example.fr/culture/livre?ref=home");
        assertEquals("Le marché du livre résiste", p.title());
        assertEquals("Le Quotidien", p.site());
        assertEquals(List.of("Claire Dubois"), p.authors());
        assertEquals("https://quotidien.example.fr/culture/livre", p.url());
        assertEquals(LocalDate.of(2023, 11, 5), p.published());
        assertEquals("fr", p.language());
    }

    @Test
    void metaDateCanonicalAndTitleWithoutSiteSuffix() {
        WebPage p = Pages.extract("metadata-meta.html", "https://gazette.example.com/news/library-hours?page=1");
        assertEquals("Library extends opening hours", p.title());
        assertEquals(LocalDate.of(2022, 7, 14), p.published());
        assertEquals("https://gazette.example.com/news/library-hours", p.url());
        assertEquals("en-US", p.language());
        assertNull(p.site());
    }

    @Test
    void garbageMetadataIsIgnoredAndTimeInTheArticleIsUsed() {
        WebPage p = Pages.extract("metadata-time.html", null);
        assertEquals("Choir wins", p.title());
        assertEquals(List.of("Sam Lee"), p.authors());
        // 2023-02-30 in JSON-LD and "yesterday" in OpenGraph are no dates; <time datetime> is
        assertEquals(LocalDate.of(2021, 5, 2), p.published());
        assertNull(p.url());
    }

    @Test
    void aPageDrawnByScriptsFallsBackToJsonLdArticleBody() {
        WebPage p = Pages.extract("scripted.html", "https://post.example.com/museum");
        assertEquals("Museum reopens its east wing", p.title());
        assertEquals(List.of("Lena Park"), p.authors());
        assertEquals(LocalDate.of(2020, 1, 31), p.published());
        assertEquals(2, p.structure().blocks().size(), p.structure().blocks().toString());
        assertTrue(p.text().startsWith("The city museum reopened its east wing"), p.text());
        assertTrue(p.text().contains("\n\nEntry to the new hall is free"), p.text());
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutTheSiteName() {
        assertEquals("Harbour bridge reopens after repairs",
                Titles.withoutSiteSuffix("Harbour bridge reopens after repairs | The Coastal Herald", null, null));
        assertEquals("Rates held steady", Titles.withoutSiteSuffix("Rates held steady - Daily Ledger", "Daily Ledger", null));
        assertEquals("Rates held steady", Titles.withoutSiteSuffix("Rates held steady - Ledger", null, "https://www.ledger.com/x"));
        // a dash inside a headline is not a site suffix
        assertEquals("Spain - France talks resume after a long pause",
                Titles.withoutSiteSuffix("Spain - France talks resume after a long pause", null, "https://news.example.org/"));
    }

    @Test
    void datesAsWritten() {
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("2019-11-19T23:30:00-05:00"));
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("2019-11-19"));
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("20191119"));
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("Tue, 19 Nov 2019 10:00:00 GMT"));
        assertEquals(LocalDate.of(2019, 11, 19), Dates.parse("November 19, 2019"));
        assertNull(Dates.parse("2023-02-30"));
        assertNull(Dates.parse("yesterday"));
        assertNull(Dates.parse(""));
        assertNull(Dates.parse("0000-00-00T00:00:00Z"));
    }
}
