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
}
