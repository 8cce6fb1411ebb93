package org.newslens.ui.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleFormatTest {
    @Test
    void webAddressesShowTheirHost() {
        assertEquals("en.wikinews.org", ArticleFormat.shortSource("http://en.wikinews.org/wiki/Some_story (text via X)"));
        assertEquals("example.com", ArticleFormat.shortSource("https://www.example.com/a?b=c"));
    }

    @Test
    void namesLoseTheirParenthesesAndStayShort() {
        assertEquals("NewsLens sample library", ArticleFormat.shortSource("NewsLens sample library (seeds/000.txt)"));
        assertEquals("Test Wire", ArticleFormat.shortSource("  Test Wire "));
        String longName = "A".repeat(80);
        assertEquals(48, ArticleFormat.shortSource(longName).length());
        assertEquals("", ArticleFormat.shortSource(null));
        assertEquals("bridge.html", ArticleFormat.shortSource("/home/ann/saved pages/bridge.html"));
        assertEquals("notes.md", ArticleFormat.shortSource("C:\\Users\\ann\\notes.md"));
    }

    @Test
    void missingDatesReadUndated() {
        assertEquals("Undated", ArticleFormat.shortDate(null));
        assertEquals("Undated", ArticleFormat.longDate(null));
    }

    @Test
    void onlyHttpAndHttpsSourcesAreWebAddresses() {
        assertEquals(java.util.Optional.of("http://en.wikinews.org/wiki/Chinese_airlines_agree_purchase_of_Boeing_787_Dreamliners_worth_US$7.2bn"),
                ArticleFormat.webAddress("http://en.wikinews.org/wiki/Chinese_airlines_agree_purchase_of_Boeing_787_Dreamliners_worth_US$7.2bn"));
        assertEquals(java.util.Optional.of("https://example.com/a?b=c"), ArticleFormat.webAddress(" https://example.com/a?b=c (via X)"));
        assertEquals("https://example.com/Z%C3%BCrich", ArticleFormat.webAddress("https://example.com/Zürich").orElseThrow().replace("ü", "%C3%BC"));
        for (String no : new String[] {null, "", "Test Wire", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x",
                "mailto:a@b.c", "http://", "NewsLens sample library (seeds/000.txt)"}) {
            assertEquals(java.util.Optional.empty(), ArticleFormat.webAddress(no), no);
        }
    }
}
