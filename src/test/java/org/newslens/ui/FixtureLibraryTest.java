package org.newslens.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;

/**
 * A test on the {@link LibraryFixture} library, open in {@link #db} for each test in a new folder and
 * closed after it. A subclass's own {@code @BeforeEach} runs after the library is open.
 */
public abstract class FixtureLibraryTest {
    @TempDir
    protected Path dir;
    protected Database db;

    @BeforeEach
    void openFixtureLibrary() {
        db = LibraryFixture.create(dir);
    }

    @AfterEach
    void closeFixtureLibrary() {
        db.close();
    }
}
