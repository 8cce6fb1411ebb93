package org.newslens.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test data that lives outside this repository ({@code ../shared/eval}, or {@code -Dnewslens.eval.dir}).
 * A test that needs it calls {@link #require}: when the data is missing the test is skipped with a
 * visible warning, or fails when the run says the data must be there ({@code -Dnewslens.eval.required=true}
 * or the environment variable {@code NEWSLENS_REQUIRE_EVAL=1}).
 */
public final class SharedData {
    public static final String REQUIRED_PROPERTY = "newslens.eval.required";
    public static final String REQUIRED_ENV = "NEWSLENS_REQUIRE_EVAL";

    private SharedData() {}

    /** The evaluation folder: {@code -Dnewslens.eval.dir}, by default {@code ../shared/eval}. */
    public static Path evalDir() {
        return Path.of(System.getProperty("newslens.eval.dir", "../shared/eval"));
    }

    /** Whether this run must have the shared data (a missing folder then fails instead of skipping). */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"))
                || "1".equals(System.getenv(REQUIRED_ENV));
    }

    /** Returns {@code dir} when it is a folder; otherwise skips the test (with a warning) or fails it. */
    public static Path require(Path dir, String what) {
        if (Files.isDirectory(dir)) return dir;
        String reason = what + " not found at " + dir.toAbsolutePath().normalize() + " (set -Dnewslens.eval.dir)";
        if (required()) {
            Assertions.fail(reason + "; required by -D" + REQUIRED_PROPERTY + "=true or " + REQUIRED_ENV + "=1");
        }
        System.err.println("WARNING: " + reason + "; test skipped");
        Assumptions.assumeTrue(false, reason + "; skipping");
        return dir;
    }
}
