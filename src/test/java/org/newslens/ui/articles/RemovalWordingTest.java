package org.newslens.ui.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newslens.store.RestoreConflictException;
import org.newslens.store.UnknownArticleException;

/** The window words the store's typed removal failures from their fields. */
class RemovalWordingTest {
    @Test
    void wordsEachFailureFromItsFields() {
        assertEquals("There is no article #7 in the library; nothing was removed.",
                RemovalViewModel.describe(new UnknownArticleException(7)));
        assertEquals("Cannot undo the removal of “Rain”: another article has its id now.",
                RemovalViewModel.describe(new RestoreConflictException(3, "Rain", RestoreConflictException.Reason.ID_TAKEN)));
        assertEquals("Cannot undo the removal of “Rain”: its text is in the library again.",
                RemovalViewModel.describe(new RestoreConflictException(3, "Rain", RestoreConflictException.Reason.TEXT_PRESENT)));
        assertEquals("disk full", RemovalViewModel.describe(new IllegalStateException("disk full")));
    }
}
