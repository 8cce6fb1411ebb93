package org.newslens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The engine's version, derived so that it cannot be forgotten: a SHA-256 over the bytes of every
 * file of this package on the class path (its classes and its rule resources, such as the gazetteer),
 * in name order, plus the CoreNLP version. Any change to a rule, a word list or the models changes it,
 * and {@code reextract} then re-runs the articles stored with the old one.
 *
 * <p>Computed on first use from the class path (the directory or jar that holds this class), not at
 * build time: the version then always describes the code that actually runs (an IDE run, a test run
 * and the packaged jar alike), with no build step to keep in sync. Hashing the ~40 small files
 * takes a few milliseconds, once.
 */
public final class ExtractorVersion {
    static final String PACKAGE_PATH = "org/newslens/extract/";
    private static volatile String cached;

    private ExtractorVersion() {}

    /** {@code nlp-} and the first 16 hex digits of the digest; the same on every call. */
    public static String get() {
        String v = cached;
        if (v == null) {
            v = "nlp-" + digest(files()).substring(0, 16);
            cached = v;
        }
        return v;
    }

    /** The files the version covers, by path relative to the class path root, in name order. */
    static Map<String, byte[]> files() {
        try {
            URL here = ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation();
            Path root = Path.of(here.toURI());
            return Files.isDirectory(root) ? fromDirectory(root) : fromJar(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction engine's files to derive its version", e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the extraction engine's files to derive its version: " + e, e);
        }
    }

    /** SHA-256 over each file's name and bytes, in the map's order, then the CoreNLP version. */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Integer.toString(f.getValue().length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) 0);
                md.update(f.getValue());
            }
            md.update(coreNlpVersion().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String coreNlpVersion() {
        Package p = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "corenlp" : "corenlp-" + v;
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path dir = root.resolve(PACKAGE_PATH);
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(files::add);
            for (Path f : files) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(PACKAGE_PATH)) continue;
                try (InputStream in = jf.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }
}
