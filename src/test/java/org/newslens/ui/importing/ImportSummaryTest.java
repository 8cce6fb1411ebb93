package org.newslens.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;

class ImportSummaryTest {
    @Test
    void failuresAreOneLineEachWithTheFileName() {
        ImportReport report = new ImportReport(List.of(
                new ImportOutcome("/in/a.txt", ImportOutcome.Status.DUPLICATE, 4L, "A", "already in the library"),
                new ImportOutcome("C:\\in\\b.md", ImportOutcome.Status.FAILED, null, null, "empty file"),
                new ImportOutcome("/in/c.txt", ImportOutcome.Status.IMPORTED, 9L, "C", null)), false, 0);

        ImportSummary s = ImportSummary.of(report);

        assertEquals("1 imported, 1 duplicate, 1 failed", s.headline());
        assertEquals(List.of("b.md — empty file"), s.failures());
        assertEquals(9L, s.selectId(), "a new article wins over a duplicate");
        assertNull(s.withoutSelection().selectId());
    }

    @Test
    void anImportThatBrokeOffSaysWhy() {
        ImportSummary s = ImportSummary.failed(new IllegalStateException("library closed"));
        assertTrue(s.failedOutright());
        assertEquals(List.of("library closed"), s.failures());
    }
}
