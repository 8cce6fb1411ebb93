package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newslens.store.RestoreConflictException;
import org.newslens.store.UnknownArticleException;

/** The command line words the store's typed article failures from their fields. */
class OutcomesTest {
    @Test
    void wordsArticleFailuresFromTheirFields() {
        assertEquals("There is no article #9 in the library; nothing was removed.", Outcomes.notRemoved(new UnknownArticleException(9)));
        assertEquals("There is no article #9 in the library (see: newslens list).", Outcomes.failure(new UnknownArticleException(9)));
        assertEquals("Cannot put back article #2 “Rain”: its text is in the library again.",
                Outcomes.failure(new RestoreConflictException(2, "Rain", RestoreConflictException.Reason.TEXT_PRESENT)));
    }

    @Test
    void windowFailuresSayHowToFixThem() {
        String gtk = NewsLensCli.message(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertTrue(gtk.startsWith("UnsupportedOperationException: Unable to load glass GTK library."), gtk);
        assertTrue(gtk.contains("apt install libgtk-3-0"), gtk);
        String display = NewsLensCli.message(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertTrue(display.contains("set DISPLAY"), display);
        assertEquals("IllegalStateException: busy", NewsLensCli.message(new IllegalStateException("busy")));
    }
}
