package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void loadingImagesForASitePersistsAcrossReopeningTheLibrary() {
        try (Database db = Database.open(dir)) {
            SiteSettingsStore sites = new SiteSettingsStore(db);
            assertFalse(sites.loadsImages("example.com"), "off until the user turns it on");
            sites.setLoadsImages("example.com", true);
            sites.setLoadsImages("other.org", true);
            sites.setLoadsImages("other.org", false);
        }
        try (Database db = Database.open(dir)) {
            SiteSettingsStore sites = new SiteSettingsStore(db);
            assertTrue(sites.loadsImages("example.com"));
            assertFalse(sites.loadsImages("other.org"), "turned off again");
            assertFalse(sites.loadsImages("example.org"));
        }
    }

    @Test
    void aSiteIsItsHostInLowerCaseWithoutWww() {
        assertEquals(Optional.of("example.com"), SiteSettingsStore.siteOf("https://WWW.Example.com:8443/news/a?x=1"));
        assertEquals(Optional.of("news.example.com"), SiteSettingsStore.siteOf("http://news.example.com/"));
        assertEquals(Optional.of("127.0.0.1"), SiteSettingsStore.siteOf("http://127.0.0.1:8080/story.html"));
        assertEquals(Optional.empty(), SiteSettingsStore.siteOf("/home/me/saved.html"));
        assertEquals(Optional.empty(), SiteSettingsStore.siteOf("file:///home/me/saved.html"));
        assertEquals(Optional.empty(), SiteSettingsStore.siteOf("https://"));
        assertEquals(Optional.empty(), SiteSettingsStore.siteOf(null));
    }
}
