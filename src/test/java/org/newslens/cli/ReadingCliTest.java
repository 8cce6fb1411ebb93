package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.ui.LibraryFixture;

/** {@code mark}, {@code list --unread --starred}, {@code actors watch|unwatch} on the five-article fixture library. */
class ReadingCliTest {
    @TempDir
    Path tmp;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void library() {
        LibraryFixture.create(tmp.resolve("lib")).close();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--library", tmp.resolve("lib").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private List<String> titles(String... listArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(listArgs));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> out = new ArrayList<>();
        json.readTree(r.out()).forEach(n -> out.add(n.get("title").asText()));
        return out;
    }

    private long idOf(String title) throws Exception {
        for (JsonNode n : json.readTree(run("list", "--json").out())) {
            if (n.get("title").asText().equals(title)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(title);
    }

    @Test
    void markAndListByReadingState() throws Exception {
        assertEquals(5, titles("--unread").size());
        long rome = idOf("Lee and Chan meet in Rome");
        long deal = idOf("Tariff deal signed");
        CliRun read = run("mark", Long.toString(rome), "read");
        assertEquals(0, read.code(), read.err());
        assertEquals("#" + rome + " read", read.out().strip());
        assertEquals(0, run("mark", Long.toString(deal), "starred").code());
        assertFalse(titles("--unread").contains("Lee and Chan meet in Rome"));
        assertEquals(4, titles("--unread").size());
        assertEquals(List.of("Tariff deal signed"), titles("--starred"));
        assertEquals(List.of("Tariff deal signed"), titles("--starred", "--unread", "--person", LibraryFixture.BO));
        assertEquals(List.of("Tariff deal signed", "Chan on tariffs"), titles("--unread", "--person", LibraryFixture.BO));

        JsonNode first = json.readTree(run("list", "--json", "--starred").out()).get(0);
        assertTrue(first.get("starred").asBoolean());
        assertFalse(first.get("read").asBoolean());
        // The plain list marks unread (•) and starred (*) articles and gives the total of a filter.
        CliRun plain = run("list", "--unread");
        assertTrue(plain.out().contains("4 articles"), plain.out());
        assertTrue(plain.out().lines().anyMatch(l -> l.contains("*") && l.contains("Tariff deal signed")), plain.out());

        assertEquals(0, run("mark", Long.toString(rome), "unread").code());
        assertEquals(0, run("mark", Long.toString(deal), "unstarred").code());
        assertEquals(5, titles("--unread").size());
        assertTrue(titles("--starred").isEmpty());
    }

    @Test
    void badMarksAreOneLineAndChangeNothing() throws Exception {
        CliRun none = run("mark", "999", "read");
        assertEquals(1, none.code());
        assertEquals("newslens: no article #999 (see: newslens list)", none.err().strip());
        long rome = idOf("Lee and Chan meet in Rome");
        CliRun bad = run("mark", Long.toString(rome), "seen");
        assertEquals(1, bad.code());
        assertTrue(bad.err().strip().startsWith("newslens: 'seen' is not a state"), bad.err());
        assertEquals(1, bad.err().strip().lines().count());
        assertEquals(5, titles("--unread").size());
        assertEquals(2, run("mark", Long.toString(rome)).code(), "usage error");
    }

    @Test
    void watchAndUnwatchAPerson() throws Exception {
        CliRun watch = run("actors", "watch", "Chan");
        assertEquals(0, watch.code(), watch.err());
        assertTrue(watch.out().contains("watching #") && watch.out().contains(LibraryFixture.BO + " (3 unread)"), watch.out());
        JsonNode actors = json.readTree(run("actors", "--json").out());
        List<String> watched = new ArrayList<>();
        actors.forEach(a -> {
            assertTrue(a.has("watched"), a.toString());
            if (a.get("watched").asBoolean()) {
                watched.add(a.get("name").asText());
            }
        });
        assertEquals(List.of(LibraryFixture.BO), watched);
        assertTrue(run("actors").out().lines().anyMatch(l -> l.endsWith(LibraryFixture.BO + "  (watched)")));

        CliRun unwatch = run("actors", "unwatch", LibraryFixture.BO);
        assertEquals(0, unwatch.code(), unwatch.err());
        assertFalse(run("actors").out().contains("(watched)"));

        CliRun nobody = run("actors", "watch", "Nobody Here");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().startsWith("newslens: no person called 'Nobody Here'"), nobody.err());
    }

    @Test
    void listFeedShowsThatFeedsItemsAndRefusesAnUnknownFeed() throws Exception {
        List<String> all = titles();
        long first = idOf(all.get(0));
        long third = idOf(all.get(2));
        long feed;
        try (org.newslens.store.Database db = org.newslens.store.Database.open(tmp.resolve("lib"))) {
            java.time.Instant now = java.time.Instant.parse("2025-06-01T00:00:00Z");
            org.newslens.store.FeedStore feeds = new org.newslens.store.FeedStore(db);
            feed = feeds.add("http://127.0.0.1:9/feed", "Gazette", null, "News", now).id();
            feeds.add("http://127.0.0.1:9/other", "Other", null, null, now);
            db.inWrite(tx -> {
                org.newslens.store.FeedStore.insertItem(tx, feed, "a", null, first, now);
                org.newslens.store.FeedStore.insertItem(tx, feed, "b", null, third, now);
                return null;
            });
        }
        assertEquals(List.of(all.get(0), all.get(2)), titles("--feed", Long.toString(feed)));
        run("mark", Long.toString(first), "read");
        assertEquals(List.of(all.get(2)), titles("--feed", Long.toString(feed), "--unread"));

        CliRun unknown = run("list", "--feed", Long.toString(feed + 100));
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no feed #" + (feed + 100)), unknown.err());
    }
}
