package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.Extraction;
import org.newslens.model.NewArticle;
import org.newslens.extract.Span;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;

/** {@code timeline}: a sentence naming two days is one line with both, as in the window; JSON keeps one object per date. */
class TimelineCliTest {
    @TempDir
    Path lib;

    private static final String BODY = "Intro line.\n\nThe talks began on 12 March 2009 and ended on 14 March 2009 in Geneva. "
            + "A report followed on 2 April 2009.";
    private static final String TWO = "The talks began on 12 March 2009 and ended on 14 March 2009 in Geneva.";
    private static final String ONE = "A report followed on 2 April 2009.";

    private void library() {
        try (Database db = Database.open(lib)) {
            int s = BODY.indexOf(TWO), r = BODY.indexOf(ONE);
            int a = BODY.indexOf("12 March 2009"), b = BODY.indexOf("14 March 2009"), c = BODY.indexOf("2 April 2009");
            List<ExtractedDate> dates = List.of(
                    new ExtractedDate("14 March 2009", "2009-03-14", "DATE", b, b + 13, TWO, s, s + TWO.length(), List.of()),
                    new ExtractedDate("2 April 2009", "2009-04-02", "DATE", c, c + 12, ONE, r, r + ONE.length(), List.of()),
                    new ExtractedDate("12 March 2009", "2009-03-12", "DATE", a, a + 13, TWO, s, s + TWO.length(), List.of()));
            int g = BODY.indexOf("Geneva");
            List<ExtractedActor> actors = List.of(new ExtractedActor("Geneva", ActorType.LOCATION, List.of(), List.of(),
                    List.of(new Span(g, g + 6, "Geneva"))));
            LocalDate day = LocalDate.of(2009, 4, 3);
            db.write(conn -> {
                long id = ArticleStore.insert(conn, new NewArticle("Geneva talks", "Wire", day, BODY), BODY, false, null, Instant.now());
                ExtractionStore.save(conn, id, BODY, new Extraction(day, false, actors, dates, List.of()), "t");
                return id;
            });
        }
    }

    @Test
    void aSentenceWithTwoDaysIsOneLineWithBothInCalendarOrder() {
        library();
        CliRun run = CliRun.of("--library", lib.toString(), "timeline");
        assertEquals(0, run.code(), run.err());
        List<String> dayLines = run.out().lines().filter(l -> l.startsWith("2009-")).toList();
        assertEquals(2, dayLines.size(), run.out());
        assertTrue(dayLines.get(0).startsWith("2009-03-12 · 2009-03-14  #"), run.out());
        assertTrue(dayLines.get(1).startsWith("2009-04-02  #"), run.out());
        assertEquals(1, run.out().lines().filter(l -> l.contains("The talks began")).count(), run.out());
    }

    @Test
    void jsonKeepsOneObjectPerDateWithItsSentenceStart() throws Exception {
        library();
        CliRun run = CliRun.of("--library", lib.toString(), "timeline", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode arr = Json.MAPPER.readTree(run.out());
        assertEquals(3, arr.size(), run.out());
        assertEquals(arr.get(0).get("sentenceStart").asInt(), arr.get(1).get("sentenceStart").asInt(), run.out());
        assertEquals(BODY.indexOf(TWO), arr.get(0).get("sentenceStart").asInt());
    }
}
