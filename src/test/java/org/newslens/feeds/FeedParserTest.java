package org.newslens.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @TempDir
    Path tmp;

    static byte[] resource(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedFeed parse(String resource) throws FeedException {
        return FeedParser.parse(resource(resource), "application/rss+xml", URI.create("https://gazette.example/feed"), NOW);
    }

    static ParsedFeed parseText(String xml) throws FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null, NOW);
    }

    @Test
    void rss20ItemsCarryEveryField() throws Exception {
        ParsedFeed f = parse("rss20.xml");
        assertEquals("rss_2.0", f.type());
        assertEquals("Harbour Gazette", f.title());
        assertEquals("https://gazette.example/", f.siteUrl());
        assertEquals(2, f.items().size());
        FeedItem a = f.items().get(0);
        assertEquals("Council approves new ferry terminal", a.title());
        assertEquals("https://gazette.example/2025/04/ferry-terminal", a.link());
        assertEquals("gazette-1042", a.guid());
        assertEquals(LocalDate.of(2025, 4, 22), a.published());
        assertEquals(List.of("Maria Lopez"), a.authors());
        assertTrue(a.content().contains("Mayor Ann Berg"), a.content());
        assertEquals("The council voted 7 to 2 for the terminal.", a.summary());
        FeedItem b = f.items().get(1);
        assertEquals("Fish market & docks reopen", b.title());
        assertEquals("https://gazette.example/2025/04/fish-market", b.link(), "relative link resolved against the feed");
        assertEquals(b.link(), b.guid(), "no guid: the link identifies the item");
        assertEquals(List.of("Tom Reed"), b.authors());
        assertNull(b.content());
        assertTrue(b.summary().contains("<p>The fish market reopened"), b.summary());
    }

    @Test
    void rss10AndRss091() throws Exception {
        ParsedFeed r1 = parse("rss10.xml");
        assertEquals("rss_1.0", r1.type());
        FeedItem i = r1.items().get(0);
        assertEquals("https://valley.example/a/1", i.guid());
        assertEquals(LocalDate.of(2025, 3, 14), i.published());
        assertEquals(List.of("Ines Park"), i.authors());

        ParsedFeed r091 = parse("rss091.xml");
        assertTrue(r091.type().startsWith("rss_0.91"), r091.type());
        assertEquals("Old Town Crier", r091.title());
        assertEquals("Café wins award", r091.items().get(0).title());
        assertNull(r091.items().get(0).published());
    }

    @Test
    void atomEntries() throws Exception {
        ParsedFeed f = parse("atom.xml");
        assertEquals("atom_1.0", f.type());
        assertEquals("https://science.example/", f.siteUrl());
        FeedItem a = f.items().get(0);
        assertEquals("Telescope finds water", a.title(), "an html title becomes plain text");
        assertEquals("tag:science.example,2025:42", a.guid());
        assertEquals(LocalDate.of(2025, 2, 10), a.published());
        assertEquals(List.of("Dr. Jane Kim", "Omar Diaz"), a.authors());
        assertTrue(a.content().startsWith("<p>A space telescope"), a.content());
        assertEquals("A space telescope found water vapour.", a.summary());
        FeedItem b = f.items().get(1);
        assertEquals(LocalDate.of(2025, 2, 9), b.published(), "no published: the updated date");
        assertEquals("<p>Plain text body.</p><p>Second paragraph &amp; more.</p>", b.content(), "text content is escaped");
    }

    @Test
    void jsonFeed() throws Exception {
        ParsedFeed f = parse("jsonfeed.json");
        assertEquals("json_1.1", f.type());
        assertEquals("River Post", f.title());
        FeedItem a = f.items().get(0);
        assertEquals("rp-7", a.guid());
        assertEquals(LocalDate.of(2025, 1, 5), a.published(), "the day where it was published, not in UTC");
        assertEquals(List.of("Lee Chan"), a.authors());
        FeedItem b = f.items().get(1);
        assertEquals("8", b.guid());
        assertNull(b.published(), "garbage date → no date");
        assertEquals("<p>Text only.</p>", b.content());
    }

    @Test
    void garbageDatesAreNoDates() throws Exception {
        ParsedFeed f = parse("garbage-dates.xml");
        assertEquals(6, f.items().size());
        for (int i = 0; i < 5; i++) {
            assertNull(f.items().get(i).published(), "item " + f.items().get(i).title());
        }
        assertEquals(LocalDate.of(2025, 4, 2), f.items().get(5).published());
    }

    @Test
    void xxeNeverLeaksTheCanary() throws Exception {
        Path canary = tmp.resolve("canary.txt");
        Files.writeString(canary, "CANARY-7f3a9");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + canary.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";
        FeedException e = assertThrows(FeedException.class, () -> parseText(xml));
        assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        String paramXxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + canary.toUri() + "\"> %p;]>\n<rss version=\"2.0\"/>";
        FeedException e2 = assertThrows(FeedException.class, () -> parseText(paramXxe));
        assertFalse(e2.getMessage().contains("CANARY"), e2.getMessage());
    }

    @Test
    void externalDtdIsRefusedAndNotRead() throws Exception {
        Path dtd = tmp.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY leak \"CANARY-dtd\">");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<rss version=\"2.0\"><channel><title>&leak;</title><link>https://x.example/</link><description>d</description></channel></rss>";
        FeedException e = assertThrows(FeedException.class, () -> parseText(xml));
        assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        sb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) sb.append("&lol").append(i - 1).append(';');
            sb.append("\">\n");
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedException.class, () -> parseText(sb.toString())));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void truncatedFeedHasAClearReason() {
        String full = new String(resource("rss20.xml"), StandardCharsets.UTF_8);
        String cut = full.substring(0, full.indexOf("<item>", full.indexOf("</item>")) + 30);
        FeedException e = assertThrows(FeedException.class, () -> parseText(cut));
        assertTrue(e.getMessage().startsWith("truncated feed"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        String json = new String(resource("jsonfeed.json"), StandardCharsets.UTF_8);
        FeedException je = assertThrows(FeedException.class, () -> parseText(json.substring(0, 200)));
        assertTrue(je.getMessage().startsWith("truncated feed"), je.getMessage());
    }

    @Test
    void htmlEntitiesInAnXmlFeedAreRead() throws Exception {
        ParsedFeed f = parseText("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;News</title>"
                + "<link>https://c.example/</link><description>d</description><item><title>A&nbsp;&mdash;&nbsp;B &amp; C</title>"
                + "<guid>x</guid><description>t</description></item></channel></rss>");
        assertEquals("Caf\u00e9\u00a0News", f.title());
        assertEquals("A \u2014 B & C", f.items().get(0).title().replace('\u00a0', ' '));
        FeedException e = assertThrows(FeedException.class, () -> parseText("<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>&madeup;</title></channel></rss>"));
        assertTrue(e.getMessage().startsWith("malformed XML"), e.getMessage());
    }

    @Test
    void notAFeed() {
        String html = "<!DOCTYPE html><html><head><title>Home</title><script>alert(1)</script></head><body><p>Hi</p></body></html>";
        assertEquals("not a feed: an HTML page", assertThrows(FeedException.class, () -> parseText(html)).getMessage());
        assertEquals("not a feed: an HTML page", assertThrows(FeedException.class, () -> parseText("\n<html><body>x</body></html>")).getMessage());
        assertEquals("not a feed: an HTML page", assertThrows(FeedException.class, () -> parseText("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")).getMessage(), "XHTML is a page too");
        assertTrue(assertThrows(FeedException.class, () -> parseText("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .getMessage().startsWith("not a feed"));
        assertTrue(assertThrows(FeedException.class, () -> parseText("   \n\t ")).getMessage().contains("empty"));
        assertTrue(assertThrows(FeedException.class, () -> parseText("{\"a\": 1}")).getMessage().startsWith("not a feed"));
        assertTrue(assertThrows(FeedException.class, () -> parseText("hello")).getMessage().startsWith("not a feed"));
    }

    @Test
    void charsets() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u2013 News</title>"
                + "<link>https://c.example/</link><description>d</description></channel></rss>";
        // declared UTF-8, bytes in Windows-1252: still read
        ParsedFeed w = FeedParser.parse(xml.getBytes("windows-1252"), "application/xml; charset=utf-8", null, NOW);
        assertEquals("Caf\u00e9 \u2013 News", w.title());
        // declared ISO-8859-1 in the declaration, bytes in Latin-1
        String latin = xml.replace("UTF-8", "ISO-8859-1").replace("\u2013", "-");
        assertEquals("Caf\u00e9 - News", FeedParser.parse(latin.getBytes(StandardCharsets.ISO_8859_1), null, null, NOW).title());
        // no declaration: the Content-Type charset
        String noDecl = xml.substring(xml.indexOf("?>") + 2).replace("\u2013", "-");
        assertEquals("Caf\u00e9 - News", FeedParser.parse(noDecl.getBytes(StandardCharsets.ISO_8859_1), "text/xml; charset=ISO-8859-1", null, NOW).title());
        // UTF-16 with BOM
        byte[] utf16 = ("\uFEFF" + xml.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Caf\u00e9 \u2013 News", FeedParser.parse(utf16, null, null, NOW).title());
        // UTF-8 with BOM
        byte[] bom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9 \u2013 News", FeedParser.parse(bom, null, null, NOW).title());
    }
}
