package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void optionWinsOverEnvironment() {
        assertEquals(Path.of("/tmp/lib"), LibraryLocation.resolve(Path.of("/tmp/lib"), Map.of("NEWSLENS_HOME", "/x"), "Linux", home));
    }

    @Test
    void environmentWinsOverPlatformDefault() {
        assertEquals(Path.of("/x"), LibraryLocation.resolve(null, Map.of("NEWSLENS_HOME", "/x"), "Linux", home));
    }

    @Test
    void platformDefaults() {
        assertEquals(home.resolve(".local/share/newslens"), LibraryLocation.resolve(null, Map.of(), "Linux", home));
        assertEquals(Path.of("/data/newslens"), LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home));
        assertEquals(home.resolve("Library/Application Support/NewsLens"), LibraryLocation.resolve(null, Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming").resolve("NewsLens"),
                LibraryLocation.resolve(null, Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), "Windows 11", home));
    }
}
