package org.newslens.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;

class OpmlTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>My feeds</title></head>
              <body>
                <outline text="News">
                  <outline text="Local">
                    <outline type="rss" text="Gazette" xmlUrl="https://gazette.example/rss" htmlUrl="https://gazette.example/"/>
                  </outline>
                  <outline type="rss" text="World &amp; more" title="World &amp; more" xmlUrl="https://world.example/atom.xml"/>
                </outline>
                <outline type="rss" text="Loose" xmlUrl="http://loose.example/feed"/>
                <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
              </body>
            </opml>
            """;

    @Test
    void readsFoldersFromNesting() throws Exception {
        Opml.Contents c = Opml.read(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, c.entries().size());
        assertEquals(1, c.skipped());
        assertEquals(List.of("News", "Local"), c.entries().get(0).folders());
        assertEquals("https://gazette.example/", c.entries().get(0).htmlUrl());
        assertEquals("World & more", c.entries().get(1).title());
        assertEquals(List.of("News"), c.entries().get(1).folders());
        assertEquals(List.of(), c.entries().get(2).folders());
    }

    @Test
    void roundTripGivesTheSameFeedsAndFolders() throws Exception {
        Set<String> first;
        String exported;
        try (Database db = Database.open(tmp.resolve("a"))) {
            Subscriptions s = new Subscriptions(db, CLOCK);
            Subscriptions.ImportResult r = s.importOpml(SAMPLE.getBytes(StandardCharsets.UTF_8));
            assertEquals(3, r.added());
            assertEquals(0, s.importOpml(SAMPLE.getBytes(StandardCharsets.UTF_8)).added(), "importing twice adds nothing");
            first = describe(db);
            exported = s.exportOpml();
        }
        assertTrue(exported.contains("version=\"2.0\""), exported);
        try (Database db = Database.open(tmp.resolve("b"))) {
            Subscriptions.ImportResult r = new Subscriptions(db, CLOCK).importOpml(exported.getBytes(StandardCharsets.UTF_8));
            assertEquals(3, r.added());
            assertEquals(first, describe(db));
        }
        assertTrue(first.contains("News / Local|Gazette|https://gazette.example/rss|https://gazette.example/"), first.toString());
    }

    static Set<String> describe(Database db) {
        return new FeedStore(db).listings().stream()
                .map(l -> l.folderPath() + "|" + l.feed().title() + "|" + l.feed().url() + "|" + l.feed().siteUrl())
                .collect(Collectors.toSet());
    }

    @Test
    void hostileOrBrokenOpmlChangesNothing() throws Exception {
        Path canary = tmp.resolve("canary.txt");
        Files.writeString(canary, "CANARY-opml");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"" + canary.toUri() + "\">]>"
                + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://a.example/&x;\"/></body></opml>";
        try (Database db = Database.open(tmp.resolve("h"))) {
            Subscriptions s = new Subscriptions(db, CLOCK);
            FeedException e = assertThrows(FeedException.class, () -> s.importOpml(xxe.getBytes(StandardCharsets.UTF_8)));
            assertFalse(e.getMessage().contains("CANARY"));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            String cut = SAMPLE.substring(0, SAMPLE.indexOf("Loose"));
            assertThrows(FeedException.class, () -> s.importOpml(cut.getBytes(StandardCharsets.UTF_8)));
            assertTrue(assertThrows(FeedException.class, () -> s.importOpml("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                    .getMessage().startsWith("not an OPML file"));
            assertEquals(0, new FeedStore(db).feeds().size());
        }
    }

    @Test
    void tenThousandOutlinesImport() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>");
        for (int f = 0; f < 100; f++) {
            sb.append("<outline text=\"Folder ").append(f).append("\">");
            for (int i = 0; i < 100; i++) {
                sb.append("<outline type=\"rss\" text=\"Feed ").append(f).append('-').append(i)
                        .append("\" xmlUrl=\"https://f").append(f).append(".example/feed/").append(i).append("\"/>");
            }
            sb.append("</outline>");
        }
        sb.append("</body></opml>");
        try (Database db = Database.open(tmp.resolve("big"))) {
            Subscriptions.ImportResult r = new Subscriptions(db, CLOCK).importOpml(sb.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(10_000, r.added());
            assertEquals(100, new FeedStore(db).folders().size());
            assertEquals(10_000, new FeedStore(db).feeds().size());
            String out = new Subscriptions(db, CLOCK).exportOpml();
            assertEquals(10_000, Opml.read(out.getBytes(StandardCharsets.UTF_8)).entries().size());
        }
    }
}
