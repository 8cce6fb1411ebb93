package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who a dated sentence involves, beyond the names it spells out. */
class SentenceActorsTest {
    private static ExtractedDate date(Extraction e, String text) {
        return e.dates().stream().filter(d -> d.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + e.dates()));
    }

    @Test
    void aPronounOpeningASentenceIsThePreviousSentencesFirstPerson() {
        String body = "Senator Maria Alvarez met Governor Tom Becker in Denver. "
                + "Her plan, announced on Monday, would cut fuel taxes.";
        Extraction e = NlpExtractor.shared().extract(body, LocalDate.of(2024, 5, 8));
        ExtractedDate monday = date(e, "Monday");
        assertTrue(monday.actors().contains("Maria Alvarez"), monday.actors().toString());
        assertTrue(!monday.actors().contains("Tom Becker"), monday.actors().toString());
    }

    @Test
    void aQuotationsSpeakerIsInvolvedInItsDates() {
        String body = "\"We will sign the agreement next month,\" said Paula Greene, the trade minister.";
        Extraction e = NlpExtractor.shared().extract(body, LocalDate.of(2024, 5, 8));
        assertEquals("2024-06", date(e, "next month").value());
        assertTrue(date(e, "next month").actors().contains("Paula Greene"), date(e, "next month").actors().toString());
    }
}
