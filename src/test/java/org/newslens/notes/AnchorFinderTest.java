package org.newslens.notes;

import org.newslens.model.Anchor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newslens.notes.AnchorFinder.Match;

class AnchorFinderTest {
    static final String BODY = "The minister said talks would resume. Critics said talks would fail. Later the minister said talks would resume.";

    private static Anchor anchorOf(String body, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = body.indexOf(quote, at + 1);
        }
        return Anchor.capture(body, at, at + quote.length());
    }

    @Test
    void captureKeepsQuoteAndFortyCharactersOfContext() {
        Anchor a = anchorOf(BODY, "Critics", 0);
        assertEquals("Critics", a.quote());
        assertEquals(BODY.substring(Math.max(0, a.start() - 40), a.start()), a.prefix());
        assertEquals(40, a.suffix().length());
        assertThrows(IllegalArgumentException.class, () -> Anchor.capture(BODY, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> Anchor.capture(BODY, 0, BODY.length() + 1));
    }

    @Test
    void exactOffsetsWin() {
        Anchor a = anchorOf(BODY, "talks would resume", 1);
        AnchorFinder.Location l = AnchorFinder.locate(BODY, a);
        assertEquals(Match.EXACT, l.match());
        assertEquals(a.start(), l.start());
    }

    @Test
    void contextFindsTheRightOccurrenceAfterTextWasInsertedBefore() {
        Anchor a = anchorOf(BODY, "talks would resume", 1);
        String changed = "UPDATED: " + BODY.replace("Critics said", "Several critics said");
        AnchorFinder.Location l = AnchorFinder.locate(changed, a);
        assertEquals(Match.CONTEXT, l.match());
        assertEquals(changed.lastIndexOf("talks would resume"), l.start());
        assertEquals("talks would resume", changed.substring(l.start(), l.end()));
    }

    @Test
    void quoteAloneNearestTheOldOffsetWhenTheContextChanged() {
        Anchor a = anchorOf(BODY, "talks would", 2);
        String changed = BODY.replace("Later the minister said", "Then she said").replace("would resume.", "would resume!");
        AnchorFinder.Location l = AnchorFinder.locate(changed, a);
        assertEquals(Match.QUOTE, l.match());
        assertEquals(changed.lastIndexOf("talks would"), l.start());
    }

    @Test
    void whitespaceChangesAreForgiven() {
        String body = "Line one ends here\nand line two follows.";
        Anchor a = anchorOf(body, "here\nand line", 0);
        String changed = "Line one ends here\r\n  and line two follows.";
        AnchorFinder.Location l = AnchorFinder.locate(changed, a);
        assertEquals(Match.QUOTE, l.match());
        assertEquals("here\r\n  and line", changed.substring(l.start(), l.end()));
    }

    @Test
    void aRemovedPassageIsOrphaned() {
        Anchor a = anchorOf(BODY, "Critics said talks would fail.", 0);
        AnchorFinder.Location l = AnchorFinder.locate(BODY.replace("Critics said talks would fail. ", ""), a);
        assertEquals(Match.ORPHANED, l.match());
        assertEquals(-1, l.start());
    }
}
