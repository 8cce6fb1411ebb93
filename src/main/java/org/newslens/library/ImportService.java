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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.store.ExtractionStore;
import org.newslens.model.NewArticle;
import org.newslens.net.Fetcher;
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
    private final Extractor extractor;
    private final int threads;
    private final Clock clock;
    private final Fetcher fetcher;

    /** An importer that stores articles without extraction (tests of the import itself). */
    public ImportService(Database db) {
        this(db, null, 1, Clock.systemUTC());
    }

    /**
     * @param extractor extracts actors, dates and quotes before each article is stored (null: none)
     * @param threads   how many articles are read and analysed at once; writes stay on the one writer
     */
    public ImportService(Database db, Extractor extractor, int threads, Clock clock) {
        this(db, extractor, threads, clock, null);
    }

    /**
     * @param fetcher fetches web pages for {@link #importUrls} (null: web addresses cannot be opened)
     */
    public ImportService(Database db, Extractor extractor, int threads, Clock clock, Fetcher fetcher) {
        this.db = db;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.clock = clock;
        this.fetcher = fetcher;
    }

    /** Whether this importer can open web addresses. */
    public boolean opensWebAddresses() {
        return fetcher != null;
    }

    /** Threads worth using for analysis on this machine. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** A file to import with the metadata its folder's catalog gives it. */
    private record Item(Path file, Catalog.Entry meta, String error) {
    }

    /** A document that does not come from the file system (e.g. a bundled sample). */
    public record Document(String name, byte[] content, Catalog.Entry meta) {
    }

    /** Something to import: its display name and how to read it. */
    private interface Source {
        String name();

        /** What the progress line says while it is read. */
        default String progress() {
            return "Importing " + shortName(name());
        }

        NewArticle load() throws ImportException;
    }

    /** A source read, hashed and analysed, ready for its write; or why it cannot be stored. */
    private record Prepared(String name, NewArticle article, String hash, Extraction extraction, Long duplicateOf, String error) {
    }

    /** Imports files and folders; a folder's files that do not look like articles are skipped. */
    public ImportReport importPaths(List<Path> paths, TaskContext ctx) {
        return importPaths(paths, true, ctx);
    }

    /**
     * Imports files and folders. With {@code skipProjectFiles}, the files found in folders whose names
     * say they are not articles ({@link #isProjectFile}: README, LICENSE, CHANGELOG...) are left out and
     * listed in the report; a file named explicitly is always imported.
     */
    public ImportReport importPaths(List<Path> paths, boolean skipProjectFiles, TaskContext ctx) {
        ctx.progress(0, -1, "Looking for articles…");
        List<Source> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Item item : expand(paths, skipProjectFiles ? skipped : null)) {
            sources.add(new Source() {
                @Override
                public String name() {
                    return item.file().toString();
                }

                @Override
                public NewArticle load() throws ImportException {
                    if (item.error() != null) {
                        throw new ImportException(item.error());
                    }
                    return apply(ArticleFile.read(item.file()), item.meta());
                }
            });
        }
        return run(sources, ctx).withSkipped(skipped);
    }

    /** File names (without extension, any case) of a project's own files, which are not news articles. */
    private static final java.util.Set<String> PROJECT_FILES = java.util.Set.of("readme", "license", "licence", "copying",
            "changelog", "changes", "history", "news", "contributing", "contributors", "authors", "code_of_conduct",
            "code-of-conduct", "security", "notice", "maintainers", "install", "todo", "support", "funding", "citation");

    /** True for README.md, LICENSE, CHANGELOG.txt, CONTRIBUTING.md and the like. */
    public static boolean isProjectFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.indexOf('.');
        return PROJECT_FILES.contains(dot < 0 ? name : name.substring(0, dot));
    }

    public ImportReport importDocuments(List<Document> docs, TaskContext ctx) {
        List<Source> sources = new ArrayList<>();
        for (Document d : docs) {
            sources.add(new Source() {
                @Override
                public String name() {
                    return d.name();
                }

                @Override
                public NewArticle load() throws ImportException {
                    return apply(ArticleFile.parse(d.content(), d.name(), ArticleFile.Kind.of(d.name())), d.meta());
                }
            });
        }
        return run(sources, ctx);
    }

    /**
     * Fetches web pages and stores each as an article, like a file: extraction included, one
     * transaction each, a page already in the library (same text) reported as a duplicate. A page
     * that cannot be fetched or holds no article fails with the fetcher's one-line reason.
     */
    public ImportReport importUrls(List<URI> urls, TaskContext ctx) {
        if (fetcher == null) {
            throw new IllegalStateException("this importer has no fetcher");
        }
        List<Source> sources = new ArrayList<>();
        for (URI uri : urls) {
            sources.add(new Source() {
                @Override
                public String name() {
                    return uri.toString();
                }

                @Override
                public String progress() {
                    return "Fetching " + uri.getHost();
                }

                @Override
                public NewArticle load() throws ImportException {
                    try {
                        return UrlImport.load(fetcher, uri);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new ImportException("cancelled");
                    }
                }
            });
        }
        return run(sources, ctx);
    }

    /**
     * Reads and analyses up to {@code 2 × threads} articles ahead on a pool, and stores them in order,
     * one transaction each. Cancel stops before the next write; what was stored stays.
     */
    private ImportReport run(List<Source> sources, TaskContext ctx) {
        int total = sources.size();
        List<ImportOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newslens-import");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int i = 0; i < total; i++) {
                while (submitted < total && ahead.size() < 2 * threads) {
                    Source src = sources.get(submitted++);
                    ahead.add(pool.submit(() -> prepare(src)));
                }
                if (ctx.isCancelled()) {
                    return new ImportReport(outcomes, true, total - i);
                }
                ctx.progress(i, total, sources.get(i).progress() + " (" + (i + 1) + " of " + total + ")");
                Prepared p = await(ahead.poll(), sources.get(i).name(), ctx);
                if (p == null || ctx.isCancelled()) {
                    return new ImportReport(outcomes, true, total - i);
                }
                outcomes.add(store(p));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        ctx.progress(total, total, "Done");
        return new ImportReport(outcomes, false, 0);
    }

    private Prepared prepare(Source src) {
        try {
            NewArticle a = src.load();
            String hash = contentHash(a.body());
            OptionalLong existing = db.inRead(tx -> ArticleStore.findByHash(tx, hash));
            if (existing.isPresent()) {
                return new Prepared(src.name(), a, hash, null, existing.getAsLong(), null);
            }
            Extraction e = extractor == null ? null : extractor.extract(a.body(), a.published());
            return new Prepared(src.name(), a, hash, e, null, null);
        } catch (ImportException e) {
            return new Prepared(src.name(), null, null, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Prepared(src.name(), null, null, null, null, "could not analyse: " + oneLine(e));
        }
    }

    /** The prepared source, or null when the user cancels while it is still being read (a slow page). */
    private static Prepared await(Future<Prepared> f, String name, TaskContext ctx) {
        try {
            while (true) {
                try {
                    return f.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWorking) {
                    if (ctx.isCancelled()) {
                        return null;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Prepared(name, null, null, null, null, "interrupted");
        } catch (ExecutionException e) {
            return new Prepared(name, null, null, null, null, "could not analyse: " + oneLine(e.getCause()));
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }

    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static NewArticle apply(NewArticle a, Catalog.Entry meta) {
        return meta == null ? a : meta.applyTo(a);
    }

    private ImportOutcome store(Prepared p) {
        if (p.error() != null) {
            return ImportOutcome.failed(p.name(), p.error());
        }
        NewArticle a = p.article();
        if (p.duplicateOf() != null) {
            return new ImportOutcome(p.name(), ImportOutcome.Status.DUPLICATE, p.duplicateOf(), a.title(), "already in the library");
        }
        try {
            return db.inWrite(tx -> {
                OptionalLong existing = ArticleStore.findByHash(tx, p.hash());
                if (existing.isPresent()) {
                    return new ImportOutcome(p.name(), ImportOutcome.Status.DUPLICATE, existing.getAsLong(), a.title(),
                            "already in the library");
                }
                long id = ArticleStore.insert(tx, a, p.hash(), false, null, clock.instant());
                if (p.extraction() != null) {
                    ExtractionStore.save(tx, id, a.body(), p.extraction(), extractor.version());
                }
                return new ImportOutcome(p.name(), ImportOutcome.Status.IMPORTED, id, a.title(), null);
            });
        } catch (LibraryException | IllegalArgumentException e) {
            return ImportOutcome.failed(p.name(), oneLine(e));
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

    /**
     * Files to import, in a stable order: folders walked (hidden entries skipped), catalogs applied.
     * When {@code skipped} is given, project files found in folders go there instead.
     */
    private List<Item> expand(List<Path> paths, List<String> skipped) {
        Map<Path, Item> items = new LinkedHashMap<>();
        Map<Path, FolderCatalog> catalogs = new LinkedHashMap<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(abs, MAX_DEPTH)) {
                    files = walk.filter(f -> !isHidden(abs.relativize(f)) && !isSavedPageAssets(abs, f))
                            .filter(Files::isRegularFile)
                            .filter(ArticleFile::isSupported)
                            .sorted()
                            .toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    items.put(abs, new Item(abs, null, "cannot read folder: " + e.getMessage()));
                    continue;
                }
                if (skipped != null) {
                    files.stream().filter(ImportService::isProjectFile).forEach(f -> skipped.add(f.toString()));
                    files = files.stream().filter(f -> !isProjectFile(f)).toList();
                }
                if (files.isEmpty()) {
                    items.put(abs, new Item(abs, null, "no .txt, .md or .html files in this folder"));
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

    /**
     * A browser's "web page, complete" saves {@code NAME.html} with its images, scripts and frames in
     * {@code NAME_files/}: those are the page's parts (often ads), not articles of their own.
     */
    private static boolean isSavedPageAssets(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            String name = dir.getFileName().toString();
            if (name.endsWith("_files")) {
                String page = name.substring(0, name.length() - "_files".length());
                Path parent = dir.getParent();
                if (Files.exists(parent.resolve(page + ".html")) || Files.exists(parent.resolve(page + ".htm"))) {
                    return true;
                }
            }
        }
        return false;
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
