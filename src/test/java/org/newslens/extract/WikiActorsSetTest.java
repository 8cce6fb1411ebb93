package org.newslens.extract;

import org.junit.jupiter.api.Test;
import org.newslens.extract.eval.Scorer;
import org.newslens.extract.eval.UnseenSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Floors on the HAND-MADE Wikinews-style set (test resources org/newslens/extract/unseen-wiki-actors/, 16
 * made-up 2005-2013 articles annotated by the shared rules; see docs/extraction-results.md). Each batch was
 * scored once before the fixes it prompted: batch 1 (10 articles) person F1 .929, attribution .946; batch 2
 * (6) .985 / .976. Measured now: person F1 1.000, date F1 .943, quote F1 1.000, attribution F1 1.000; the
 * floors sit a few points under. Written by the developer who changed the rules: a regression guard, not a
 * quality estimate.
 */
class WikiActorsSetTest {
    @Test
    void clearsTheWikinewsStyleSetFloors() {
        Scorer s = UnseenSet.score(UnseenSet.WIKI_ACTORS, UnseenSet.WRITTEN);
        String msg = s.summary() + "\n" + String.join("\n", s.errors);
        assertTrue(s.persons()[2] >= 0.96, msg);
        assertTrue(s.dates()[2] >= 0.90, msg);
        assertTrue(s.quoteF1() >= 0.97, msg);
        assertTrue(s.quoteAttrF1() >= 0.96, msg);
    }
}
