package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorVersionTest {

    /** The compiled classes of the package, listed independently of the version code (from the class file of a known class). */
    private static Set<String> packageFilesOnDisk() throws Exception {
        Path nlp = Path.of(NlpExtractor.class.getResource("NlpExtractor.class").toURI());
        Path dir = nlp.getParent();
        Path root = dir.getParent().getParent().getParent();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void coversEveryClassAndResourceOfThePackage() throws Exception {
        Set<String> covered = ExtractorVersion.files().keySet();
        Set<String> onDisk = packageFilesOnDisk();
        assertEquals(onDisk, covered);
        // Every top-level, nested and anonymous class, e.g. the resolver's records and the gazetteer data.
        for (String must : new String[] {"NlpExtractor.class", "ActorResolver.class", "ActorResolver$Actor.class",
                "Attribution.class", "DateResolver.class", "ExtractorVersion.class", "places.txt"}) {
            assertTrue(covered.contains(ExtractorVersion.PACKAGE_PATH + must), must + " missing from " + covered);
        }
        // The bytes hashed are the bytes of the files.
        for (Map.Entry<String, byte[]> f : ExtractorVersion.files().entrySet()) {
            assertArrayEquals(Files.readAllBytes(Path.of(NlpExtractor.class.getResource("/" + f.getKey()).toURI())), f.getValue(), f.getKey());
        }
    }

    @Test
    void isStableAcrossCallsAndIsTheEnginesVersion() {
        String v = ExtractorVersion.get();
        assertTrue(v.matches("nlp-[0-9a-f]{16}"), v);
        assertEquals(v, ExtractorVersion.get());
        assertEquals(v, NlpExtractor.shared().version());
        assertEquals(ExtractorVersion.digest(ExtractorVersion.files()), ExtractorVersion.digest(ExtractorVersion.files()));
        assertEquals("nlp-" + ExtractorVersion.digest(ExtractorVersion.files()).substring(0, 16), v);
    }

    @Test
    void inAJarOnlyThePackagesEntriesAreCovered(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("engine.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"org/newslens/extract/", "org/newslens/extract/A.class", "org/newslens/extract/rules.txt",
                    "org/newslens/extract/inner/B.class", "org/newslens/store/C.class"}) {
                out.putNextEntry(new java.util.jar.JarEntry(name));
                if (!name.endsWith("/")) out.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        var fromJar = ExtractorVersion.class.getDeclaredMethod("fromJar", Path.class);
        fromJar.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, byte[]> files = (Map<String, byte[]>) fromJar.invoke(null, jar);
        assertEquals(Set.of("org/newslens/extract/A.class", "org/newslens/extract/rules.txt", "org/newslens/extract/inner/B.class"),
                files.keySet());
        assertArrayEquals("org/newslens/extract/A.class".getBytes(java.nio.charset.StandardCharsets.UTF_8), files.get("org/newslens/extract/A.class"));
    }

    @Test
    void anyChangedAddedOrRenamedFileChangesTheDigest() {
        Map<String, byte[]> base = new TreeMap<>(Map.of("a/A.class", new byte[] {1, 2, 3}, "a/B.class", new byte[] {4}));
        String d = ExtractorVersion.digest(base);

        Map<String, byte[]> changed = new TreeMap<>(base);
        changed.put("a/B.class", new byte[] {5});
        assertNotEquals(d, ExtractorVersion.digest(changed));

        Map<String, byte[]> added = new TreeMap<>(base);
        added.put("a/C.class", new byte[0]);
        assertNotEquals(d, ExtractorVersion.digest(added));

        Map<String, byte[]> renamed = new TreeMap<>(Map.of("a/A.class", new byte[] {1, 2, 3}, "a/X.class", new byte[] {4}));
        assertNotEquals(d, ExtractorVersion.digest(renamed));

        // Bytes moved from one file to the next are a different engine too.
        Map<String, byte[]> shifted = new TreeMap<>(Map.of("a/A.class", new byte[] {1, 2}, "a/B.class", new byte[] {3, 4}));
        assertNotEquals(d, ExtractorVersion.digest(shifted));

        // The order is the name order, whatever order the map was built in.
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        reversed.put("a/B.class", new byte[] {4});
        reversed.put("a/A.class", new byte[] {1, 2, 3});
        assertEquals(d, ExtractorVersion.digest(new TreeMap<>(reversed)));
    }
}
