package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The gold articles of the evaluation set ({@code newslens.eval.dir}/gold/*.json). */
public final class GoldSet {
    public record Article(String id, JsonNode gold) {
        public String text() { return gold.path("text").asText(); }
        public String dct() { return gold.path("dct").asText(null); }
        public String title() { return gold.path("title").asText(""); }
    }

    private GoldSet() {}

    public static Path dir() {
        return org.newslens.testing.SharedData.evalDir();
    }

    /**
     * The articles of {@code evalDir}; with {@code -Dnewslens.eval.half=a} only the even-indexed ones
     * (sorted by file name), with {@code b} only the odd-indexed ones. dev2 is split this way: half a
     * is for tuning, half b stays untouched until it is measured.
     */
    public static List<Article> load(Path evalDir) {
        List<Article> all = loadAll(evalDir);
        String half = System.getProperty("newslens.eval.half", "");
        if (half.isEmpty()) return all;
        if (!half.equals("a") && !half.equals("b")) throw new IllegalArgumentException("newslens.eval.half must be a or b");
        int parity = half.equals("a") ? 0 : 1;
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (i % 2 == parity) out.add(all.get(i));
        return out;
    }

    private static List<Article> loadAll(Path evalDir) {
        ObjectMapper om = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(evalDir.resolve("gold"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(new Article(name.substring(0, name.length() - 5), om.readTree(p.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
