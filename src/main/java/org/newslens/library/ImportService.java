package org.newslens.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.newslens.model.NewArticle;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.LibraryException;
import org.newslens.task.TaskContext;

/**
 * Imports files and folders into the library. Each article is stored in its own transaction, so a
 * file that fails leaves the library exactly as it was, and a cancel keeps what was done so far.
 */
public final class ImportService {
    private static final int MAX_DEPTH = 16;

    private final Database db;
    private final Clock clock;

    public ImportService(Database db) {
        this(db, Clock.systemUTC());
    }

    public ImportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A file to import with the metadata its folder's catalog gives it. */
    private record Item(Path file, Catalog.Entry meta, String error) {
    }

    /** A document that does not come from the file system (e.g. a bundled sample). */
    public record Document(String name, byte[] content, Catalog.Entry meta) {
    }

    public ImportReport importPaths(List<Path> paths, TaskContext ctx) {
        ctx.progress(0, -1, "Looking for articles…");
        List<Item> items = expand(paths);
        List<ImportOutcome> outcomes = new ArrayList<>();
        int total = items.size();
        for (int i = 0; i < total; i++) {
            if (ctx.isCancelled()) {
                return new ImportReport(outcomes, true, total - i);
            }
            Item item = items.get(i);
            String name = item.file().toString();
            ctx.progress(i, total, "Importing " + item.file().getFileName());
            if (item.error() != null) {
                outcomes.add(ImportOutcome.failed(name, item.error()));
                continue;
            }
            try {
                NewArticle a = ArticleFile.read(item.file());
                outcomes.add(store(name, apply(a, item.meta())));
            } catch (ImportException e) {
                outcomes.add(ImportOutcome.failed(name, e.getMessage()));
            }
        }
        ctx.progress(total, total, "Done");
        return new ImportReport(outcomes, false, 0);
    }

    public ImportReport importDocuments(List<Document> docs, TaskContext ctx) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (ctx.isCancelled()) {
                return new ImportReport(outcomes, true, docs.size() - i);
            }
            Document d = docs.get(i);
            ctx.progress(i, docs.size(), "Importing " + d.name());
            try {
                outcomes.add(store(d.name(), apply(ArticleFile.parse(d.content(), d.name()), d.meta())));
            } catch (ImportException e) {
                outcomes.add(ImportOutcome.failed(d.name(), e.getMessage()));
            }
        }
        ctx.progress(docs.size(), docs.size(), "Done");
        return new ImportReport(outcomes, false, 0);
    }

    private static NewArticle apply(NewArticle a, Catalog.Entry meta) {
        return meta == null ? a : a.withMetadata(meta.title(), meta.source(), meta.published());
    }

    private ImportOutcome store(String name, NewArticle a) {
        String hash = contentHash(a.body());
        try {
            return db.write(c -> {
                OptionalLong existing = ArticleStore.findByHash(c, hash);
                if (existing.isPresent()) {
                    return new ImportOutcome(name, ImportOutcome.Status.DUPLICATE, existing.getAsLong(), a.title(),
                            "already in the library");
                }
                long id = ArticleStore.insert(c, a, hash, false, null, clock.instant());
                return new ImportOutcome(name, ImportOutcome.Status.IMPORTED, id, a.title(), null);
            });
        } catch (LibraryException e) {
            return ImportOutcome.failed(name, e.getMessage());
        }
    }

    /** SHA-256 of the body text: the same article text is the same article, whatever its file name. */
    public static String contentHash(String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Files to import, in a stable order: folders walked (hidden entries skipped), catalogs applied. */
    private List<Item> expand(List<Path> paths) {
        Map<Path, Item> items = new LinkedHashMap<>();
        Map<Path, FolderCatalog> catalogs = new LinkedHashMap<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(abs, MAX_DEPTH)) {
                    files = walk.filter(f -> !isHidden(abs.relativize(f)))
                            .filter(Files::isRegularFile)
                            .filter(ArticleFile::isSupported)
                            .sorted()
                            .toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    items.put(abs, new Item(abs, null, "cannot read folder: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    items.put(abs, new Item(abs, null, "no .txt or .md files in this folder"));
                }
                for (Path f : files) {
                    items.putIfAbsent(f, item(f, catalogs));
                }
            } else if (!Files.exists(abs)) {
                items.put(abs, new Item(abs, null, "file not found"));
            } else {
                items.putIfAbsent(abs, item(abs, catalogs));
            }
        }
        return new ArrayList<>(items.values());
    }

    /** A folder's catalog, or why it could not be read (then none of that folder's files is imported). */
    private record FolderCatalog(Catalog catalog, String error) {
    }

    private static Item item(Path file, Map<Path, FolderCatalog> catalogs) {
        FolderCatalog fc = catalogs.computeIfAbsent(file.getParent(), folder -> {
            try {
                return new FolderCatalog(Catalog.inFolder(folder), null);
            } catch (ImportException e) {
                return new FolderCatalog(Catalog.empty(), e.getMessage());
            }
        });
        if (fc.error() != null) {
            return new Item(file, null, fc.error());
        }
        return new Item(file, fc.catalog().entry(file.getFileName().toString()).orElse(null), null);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
