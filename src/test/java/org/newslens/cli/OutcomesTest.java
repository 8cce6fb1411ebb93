package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
