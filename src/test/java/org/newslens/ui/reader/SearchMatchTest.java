package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.ArticleExtraction;

/** The search words, found in the text as the full-text search finds them, and marked in the runs. */
class SearchMatchTest {
    private static List<String> found(String body, String query) {
        return MarkedText.matches(body, query).stream().map(m -> body.substring(m[0], m[1])).toList();
    }

    @Test
    void wholeWordsCaseInsensitiveTheLastAlsoAsAPrefix() {
        String body = "Tariffs rose. The tariff deal: a tariffing of Tariff-free goods, said Lee.";
        assertEquals(List.of("Tariffs", "tariff", "tariffing", "Tariff"), found(body, "tariff"));
        assertEquals(List.of("tariff", "deal", "Tariff"), found(body, "tariff deal"), "in text order; only the last word is a prefix");
        assertEquals(List.of("tariff", "deal", "Tariff"), found(body, "\"tariff deal\""));
        assertEquals(List.of("Lee"), found(body, "lee OR"));
        assertEquals(List.of(), found(body, "   "));
        assertEquals(List.of(), found(body, null));
    }

    @Test
    void theMatchedRunsAreMarked() {
        String body = "Bo Chan spoke about tariffs on Friday.";
        ArticleExtraction none = new ArticleExtraction(List.of(), List.of(), List.of());
        List<MarkedText.Run> runs = MarkedText.build(body, none, MarkedText.matches(body, "tariffs")).get(0).runs();
        assertEquals(List.of("tariffs"), runs.stream().filter(MarkedText.Run::match).map(MarkedText.Run::text).toList());
        assertEquals(body, runs.stream().map(MarkedText.Run::text).reduce("", String::concat));
    }
}
