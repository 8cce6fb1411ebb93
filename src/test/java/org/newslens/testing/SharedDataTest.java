package org.newslens.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Missing shared data skips a test with its reason, or fails it when the run requires the data. */
class SharedDataTest {
    @TempDir Path tmp;

    @Test
    void presentDataIsReturned() {
        assertEquals(tmp, SharedData.require(tmp, "data"));
    }

    @Test
    void missingDataSkipsWithTheReasonUnlessRequired() {
        Assumptions.assumeFalse("1".equals(System.getenv(SharedData.REQUIRED_ENV)), "the environment requires the data");
        String before = System.getProperty(SharedData.REQUIRED_PROPERTY);
        try {
            System.clearProperty(SharedData.REQUIRED_PROPERTY);
            TestAbortedException skipped = assertThrows(TestAbortedException.class,
                    () -> SharedData.require(tmp.resolve("missing"), "evaluation set"));
            assertTrue(skipped.getMessage().contains("evaluation set not found at"), skipped.getMessage());

            System.setProperty(SharedData.REQUIRED_PROPERTY, "true");
            AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                    () -> SharedData.require(tmp.resolve("missing"), "evaluation set"));
            assertTrue(failed.getMessage().contains("required by"), failed.getMessage());
        } finally {
            if (before == null) System.clearProperty(SharedData.REQUIRED_PROPERTY);
            else System.setProperty(SharedData.REQUIRED_PROPERTY, before);
        }
    }
}
