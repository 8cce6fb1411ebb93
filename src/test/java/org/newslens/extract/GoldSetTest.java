package org.newslens.extract;

import org.junit.jupiter.api.Test;
import org.newslens.extract.eval.GoldSet;
import org.newslens.extract.eval.Scorer;
import org.newslens.testing.SharedData;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the engine over the development gold set and asserts floors a few points under the
 * measured figures (docs/extraction-results.md), so that a rule change that loses quality fails.
 * Without the set ({@code ../shared/eval}) it skips with a warning, or fails when the run requires it
 * ({@link SharedData#required()}).
 */
class GoldSetTest {
    @Test
    void clearsTheQualityFloors() {
        var dir = GoldSet.dir();
        SharedData.require(dir.resolve("gold"), "evaluation set");
        List<GoldSet.Article> gold = GoldSet.load(dir);
        Scorer s = new Scorer();
        for (GoldSet.Article a : gold) {
            Extraction e = NlpExtractor.shared().extract(a.text(), LocalDate.parse(a.dct()));
            s.add(a.id(), a.gold(), ExtractionJson.toJson(a.title(), e));
        }
        String msg = s.summary() + "\n" + String.join("\n", s.errors);
        assertTrue(s.persons()[2] >= 0.95, msg);
        assertTrue(s.dates()[2] >= 0.96, msg);
        assertTrue(s.quoteF1() >= 0.97, msg);
        assertTrue(s.quoteAttrF1() >= 0.94, msg);
    }
}
