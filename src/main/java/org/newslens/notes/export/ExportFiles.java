package org.newslens.notes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.store.Database;
import org.newslens.store.ExportFileRepository;

/**
 * Writes export files with bookkeeping, so that exports can be repeated: each file written is recorded
 * with the hash of its bytes. Writing again replaces a file only if it still has the recorded hash (the
 * user did not edit it); a file NewsLens did not write, or one the user edited, is left alone unless
 * {@code force}.
 */
public final class ExportFiles {
    /** What happened to one file. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, KEPT_EDITED, KEPT_FOREIGN, OVERWRITTEN }

    public record FileResult(Path file, Outcome outcome) {
        public boolean written() {
            return outcome == Outcome.CREATED || outcome == Outcome.UPDATED || outcome == Outcome.OVERWRITTEN;
        }
    }

    /** The outcome of a folder export, one entry per article in scope. */
    public record FolderReport(Path folder, List<FileResult> files) {
        public FolderReport {
            files = List.copyOf(files);
        }

        public List<FileResult> with(Outcome o) {
            return files.stream().filter(f -> f.outcome() == o).toList();
        }

        /** Files left alone because the user edited them or NewsLens did not write them. */
        public List<FileResult> keptAlone() {
            return files.stream().filter(f -> f.outcome() == Outcome.KEPT_EDITED || f.outcome() == Outcome.KEPT_FOREIGN).toList();
        }
    }

    private final ExportFileRepository records;
    private final Clock clock;

    public ExportFiles(Database db) {
        this(db, Clock.systemUTC());
    }

    public ExportFiles(Database db, Clock clock) {
        this.records = new ExportFileRepository(db);
        this.clock = clock;
    }

    /**
     * Writes one file. Throws ExportException (one line) for path problems, and {@link FileKeptException}
     * when the file exists but was not written by a NewsLens export, or was edited since, unless {@code force}.
     */
    public FileResult writeFile(Path file, String content, boolean force) {
        Path f = AtomicFiles.checkWritableFile(file);
        FileResult r = write(f, null, content.getBytes(StandardCharsets.UTF_8), force);
        if (r.outcome() == Outcome.KEPT_FOREIGN || r.outcome() == Outcome.KEPT_EDITED) {
            throw new FileKeptException(f, r.outcome());
        }
        return r;
    }

    /**
     * One Markdown file per article into {@code folder} (created if its parent exists), named
     * {@code <published>-<slug>-<id>.md}; an article exported before keeps its file name.
     */
    public FolderReport writeFolder(Path folder, List<AnnotatedArticle> articles, boolean force) {
        Path dir = prepareFolder(folder);
        List<FileResult> results = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Path target = records.forArticle(dir, a.id()).map(ExportFileRepository.Record::path)
                    .filter(p -> dir.equals(p.getParent()))
                    .orElse(dir.resolve(FileNames.article(a, ExportFormat.MD.extension())));
            if (Files.isDirectory(target)) {
                throw new ExportException("cannot write " + target + ": it is a folder, not a file");
            }
            results.add(write(target, a.id(), MarkdownExport.article(a).getBytes(StandardCharsets.UTF_8), force));
        }
        return new FolderReport(dir, results);
    }

    private FileResult write(Path target, Long articleId, byte[] content, boolean force) {
        String sha = AtomicFiles.sha256(content);
        Optional<ExportFileRepository.Record> rec = records.find(target);
        Outcome outcome;
        if (!Files.exists(target)) {
            outcome = Outcome.CREATED;
        } else {
            String onDisk = AtomicFiles.sha256(target);
            boolean ours = rec.isPresent() && rec.get().sha256().equals(onDisk);
            if (onDisk.equals(sha)) {
                records.put(target, articleId, sha, clock.instant());
                return new FileResult(target, Outcome.UNCHANGED);
            } else if (ours) {
                outcome = Outcome.UPDATED;
            } else if (force) {
                outcome = Outcome.OVERWRITTEN;
            } else {
                return new FileResult(target, rec.isPresent() ? Outcome.KEPT_EDITED : Outcome.KEPT_FOREIGN);
            }
        }
        AtomicFiles.write(target, content);
        records.put(target, articleId, sha, clock.instant());
        return new FileResult(target, outcome);
    }

    private static Path prepareFolder(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException("cannot export into " + dir + ": it is a file, not a folder");
        }
        if (!Files.exists(dir)) {
            Path parent = dir.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new ExportException("cannot export into " + dir + ": the folder " + parent + " does not exist");
            }
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new ExportException("cannot create the folder " + dir + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("cannot export into " + dir + ": the folder is not writable");
        }
        return AtomicFiles.real(dir);
    }
}
