package org.newslens.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newslens.model.NewArticle;

/**
 * A folder's optional {@code catalog.json} sidecar: metadata for its files, so that articles can be
 * described without editing them. Shape: {@code {"articles": [{"file", "title", "published", "source"}]}}.
 */
public final class Catalog {
    public static final String FILE_NAME = "catalog.json";

    /** Metadata for one file; null fields leave the file's own values. */
    public record Entry(String file, String title, LocalDate published, String source) {
        /** The article with this entry's metadata in place of its own. */
        public NewArticle applyTo(NewArticle a) {
            return a.withMetadata(title, source, published);
        }
    }

    /** {@code a} read from {@code file}, described by its folder's catalog if that names the file. */
    public static NewArticle describe(Path file, NewArticle a) throws ImportException {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? a : inFolder(folder).entry(file.getFileName().toString()).map(e -> e.applyTo(a)).orElse(a);
    }

    private final Map<String, Entry> byFile;

    private Catalog(Map<String, Entry> byFile) {
        this.byFile = byFile;
    }

    public static Catalog empty() {
        return new Catalog(Map.of());
    }

    public Optional<Entry> entry(String fileName) {
        return Optional.ofNullable(byFile.get(fileName));
    }

    public Iterable<Entry> entries() {
        return byFile.values();
    }

    /** The catalog of {@code folder}, or an empty one when it has none. */
    public static Catalog inFolder(Path folder) throws ImportException {
        Path f = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return empty();
        }
        try (InputStream in = Files.newInputStream(f)) {
            return parse(in);
        } catch (IOException e) {
            throw new ImportException("cannot read " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    public static Catalog parse(InputStream in) throws ImportException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException("malformed " + FILE_NAME + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + FILE_NAME + ": " + e.getMessage(), e);
        }
        JsonNode articles = root == null ? null : root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new ImportException("malformed " + FILE_NAME + ": expected {\"articles\": [...]}");
        }
        Map<String, Entry> map = new LinkedHashMap<>();
        for (JsonNode a : articles) {
            String file = text(a, "file");
            if (file == null) {
                throw new ImportException("malformed " + FILE_NAME + ": an entry has no \"file\"");
            }
            String published = text(a, "published");
            map.put(file, new Entry(file, text(a, "title"), published == null ? null : ArticleFile.date(published), text(a, "source")));
        }
        return new Catalog(java.util.Collections.unmodifiableMap(map));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
