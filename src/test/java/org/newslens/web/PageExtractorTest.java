package org.newslens.web;

import org.junit.jupiter.api.Test;
import org.newslens.model.Block;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageExtractorTest {
    private static final String BASE = "https://news.example.com/2024/05/article.html";

    @Test
    void boilerplateAroundAndInsideTheArticleIsDropped() {
        WebPage p = Pages.extract("boilerplate.html", BASE);
        String text = p.text();
        assertTrue(text.startsWith("The harbour bridge reopened"), text);
        assertTrue(text.endsWith("as compensation."), text);
        assertEquals(5, p.structure().blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).count(), text);
        for (String gone : List.of("Sport", "Share on", "Email this story", "By Maria Olsen", "Ferry workers",
                "Related", "morning briefing", "Finally!", "Comments", "All rights reserved", "Photo: Jon Berg")) {
            assertFalse(text.contains(gone), gone + " kept in: " + text);
        }
        assertEquals("Harbour bridge reopens after repairs", p.title());
        // the headline is the title, not a block of the body
        assertFalse(text.contains("Harbour bridge reopens"), text);
    }

    @Test
    void structureIsKeptWithAbsoluteSafeLinks() {
        WebPage p = Pages.extract("structure.html", BASE);
        List<Block> blocks = p.structure().blocks();
        Block first = blocks.get(0);
        assertEquals(Block.Kind.PARAGRAPH, first.kind());
        assertTrue(first.text().endsWith("with the details, explained here."), "whitespace normalised: " + first.text());
        Block.Link guide = first.links().get(0);
        assertEquals("guide to the new rules", first.text().substring(guide.start(), guide.end()));
        assertEquals("https://news.example.com/guides/recycling", guide.href());

        assertEquals(new Block(Block.Kind.HEADING, 2, "What goes where", List.of(), null), find(blocks, "What goes where"));
        assertEquals(3, find(blocks, "Collection days").level());
        assertEquals(Block.Kind.HEADING, find(blocks, "Collection days").kind());
        Block glass = find(blocks, "Glass bottles");
        assertEquals(Block.Kind.LIST_ITEM, glass.kind());
        assertEquals(1, glass.level());
        Block paper = find(blocks, "Paper and card");
        assertEquals("Paper and card go in the blue bin:", paper.text());
        Block cardboard = find(blocks, "flattened cardboard");
        assertEquals(Block.Kind.LIST_ITEM, cardboard.kind());
        assertEquals(2, cardboard.level());
        Block monday = find(blocks, "Green and blue bins");
        assertEquals(Block.Kind.ORDERED_ITEM, monday.kind());
        assertEquals(1, monday.level());
        Block quote = find(blocks, "We expect the recycling rate");
        assertEquals(Block.Kind.QUOTE, quote.kind());
        assertEquals(1, quote.level());
        Block pre = find(blocks, "Bin   Colour");
        assertEquals(Block.Kind.PREFORMATTED, pre.kind());
        assertEquals("Bin   Colour  Day\nGlass green   Monday", pre.text());

        Block contact = find(blocks, "Residents can check");
        List<String> hrefs = contact.links().stream().map(Block.Link::href).toList();
        assertEquals(List.of("https://council.example.org/bins?street=high", "mailto:bins@council.example.org"), hrefs);
        assertTrue(contact.text().contains("click here"), "the link's words stay, the link goes");

        Block image = blocks.stream().filter(b -> b.kind() == Block.Kind.IMAGE).findFirst().orElseThrow();
        assertEquals("https://news.example.com/2024/img/bins.png", image.src());
        assertEquals("The four new bins side by side", image.text());
        assertFalse(p.text().contains("The four new bins"), "alt text is not body text");
        assertEquals("en-GB", p.language());
    }

    @Test
    void hostileMarkupLeavesNothingActiveOrRemote() {
        WebPage p = Pages.extract("hostile.html", BASE);
        String text = p.text();
        assertTrue(text.startsWith("The mountain pass was closed"), text);
        assertTrue(text.contains("About two hundred drivers"), text);
        assertTrue(text.contains("Road crews expect"), text);
        for (Block b : p.structure().blocks()) {
            String all = (b.text() + " " + b.src() + " " + b.links()).toLowerCase(Locale.ROOT);
            for (String bad : List.of("alert", "evil.example.com", "javascript", "data:", "document.cookie", "password",
                    "log in", "onload", "onerror")) {
                assertFalse(all.contains(bad), bad + " in " + b);
            }
            if (b.kind() == Block.Kind.IMAGE) assertTrue(b.src().startsWith("https://images.example.com/"), b.src());
            for (Block.Link l : b.links()) assertNotNull(Block.safeHref(l.href()));
        }
        List<Block> images = p.structure().blocks().stream().filter(b -> b.kind() == Block.Kind.IMAGE).toList();
        assertEquals(1, images.size(), "pixel, hidden and data: images dropped: " + images);
        assertEquals("Snow on the pass road", images.get(0).text());
    }

    @Test
    void aPageWithoutAnArticleGivesNoText() {
        WebPage p = Pages.extract("no-article.html", "https://portal.example.com/login");
        assertEquals("", p.text());
        assertTrue(p.structure().blocks().isEmpty());
        assertEquals("Sign in", p.title());
    }

    @Test
    void emptyAndNullInputGiveAnEmptyPage() {
        assertEquals("", PageExtractor.extract("", null).text());
        assertEquals("", PageExtractor.extract(null, "not a url").text());
        assertEquals("", PageExtractor.extract("<<<>>>&&&<!--", "https://x.example/").text());
    }

    @Test
    void hugeAndMalformedMarkupDoesNotThrow() {
        String prose = "<p>The river rose by two metres overnight, and the town moved its market to the hill above the old bridge, "
                + "where traders set up their stalls in the rain, said the mayor, who thanked everyone.";
        // unclosed paragraphs, 20,000 of them, inside 5,000 unclosed divs
        String huge = "<html><body>" + "<div>".repeat(5000) + prose.repeat(20_000) + "<b><i></b></i><table><td>x</p>";
        WebPage p = PageExtractor.extract(huge, "https://x.example/");
        assertTrue(p.text().contains("The river rose by two metres"), "some article text comes out");

        String deep = "<html><body>" + "<span><div><a href=/x>".repeat(30_000) + prose + "</body></html>";
        WebPage q = PageExtractor.extract(deep, "https://x.example/");
        assertNotNull(q.text());
    }

    private static Block find(List<Block> blocks, String prefix) {
        return blocks.stream().filter(b -> b.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starting with " + prefix + " in " + blocks));
    }
}
