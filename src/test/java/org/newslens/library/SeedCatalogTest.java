package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample library: every file attributed, the first sample first, nothing from the held-out half of dev2. */
class SeedCatalogTest {
    private final Path seeds = Path.of(System.getProperty("newslens.seeds.dir", "seeds"));

    @Test
    void everySampleIsListedWithItsAttribution() throws Exception {
        JsonNode articles = new ObjectMapper().readTree(seeds.resolve("catalog.json").toFile()).get("articles");
        assertEquals("000_d4bee8b1a617d919.txt", articles.get(0).get("file").asText());
        List<String> listed = new ArrayList<>();
        for (JsonNode a : articles) {
            String file = a.get("file").asText();
            listed.add(file);
            assertTrue(Files.isRegularFile(seeds.resolve(file)), file);
            assertFalse(a.get("title").asText().isBlank(), file);
            assertTrue(a.get("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"), file);
            if (!file.startsWith("000_")) {
                assertTrue(a.get("source").asText().startsWith("http://en.wikinews.org/wiki/"), file);
                assertEquals("CC BY 2.5", a.get("licence").asText(), file);
                assertTrue(a.get("attribution").asText().startsWith("Wikinews contributors, "), file);
            }
        }
        try (Stream<Path> files = Files.list(seeds)) {
            assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("catalog.json")).sorted().toList(),
                    listed.stream().sorted().toList(), "every file in seeds/ is in the catalog");
        }
        assertTrue(listed.size() >= 31 && listed.size() <= 41, "30-40 samples beside the first: " + listed.size());
        assertEquals(List.copyOf(Seeds.bundled().stream().map(ImportService.Document::name).toList()), listed);
    }

    @Test
    void noSampleComesFromTheHeldOutHalfOfDev2() throws Exception {
        Path dev2 = Path.of(System.getProperty("newslens.eval.dir", "../shared/eval")).resolve("dev2/articles");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev2), "no dev2 at " + dev2);
        List<String> sorted;
        try (Stream<Path> s = Files.list(dev2)) {
            sorted = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(seeds)) {
            for (String name : s.map(p -> p.getFileName().toString()).toList()) {
                String original = name.replaceFirst("^\\d{3}_", "");
                int i = sorted.indexOf(original);
                assertTrue(i < 0 || i % 2 == 0, name + " is dev2's held-out article #" + i);
            }
        }
    }
}
