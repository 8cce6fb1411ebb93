package org.newslens.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The shared webbench ({@code -Dnewslens.webbench.dir}, default {@code ../shared/webbench}): saved
 * pages and the hand-made text of each article body, split by sorted id into a tune half (even
 * index) and a held-out half (odd index).
 */
public final class WebPages {
    /** One benchmark page. */
    public record Page(String id, int index, String url, String truth, Path file) {
        public boolean tune() {
            return index % 2 == 0;
        }

        public String html() {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private WebPages() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("newslens.webbench.dir", "../shared/webbench"));
    }

    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("truth.json")) && Files.isDirectory(dir.resolve("pages"));
    }

    public static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            sorted.put(id, truth.get(id));
        }
        List<Page> out = new ArrayList<>();
        int i = 0;
        for (var e : sorted.entrySet()) {
            JsonNode v = e.getValue();
            out.add(new Page(e.getKey(), i++, v.path("url").asText(null), v.path("articleBody").asText(""),
                    dir.resolve("pages").resolve(e.getKey() + ".html.gz")));
        }
        return out;
    }
}
