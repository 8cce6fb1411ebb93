package org.newslens.notes.export;

import java.nio.file.Path;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.Dossier;
import org.newslens.notes.DossierService;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.OrphanedNotes;
import org.newslens.store.Database;

/** The export entry point for the window and the command line: render, or write files with bookkeeping. */
public final class NotesExporter {
    private final AnnotationQuery query;
    private final DossierService dossiers;
    private final ExportFiles files;
    private final OrphanedNotes orphans;

    public NotesExporter(Database db) {
        this.orphans = new OrphanedNotes(db);
        this.query = new AnnotationQuery(db);
        this.dossiers = new DossierService(db);
        this.files = new ExportFiles(db);
    }

    /** The notes and highlights in scope, rendered as one document. */
    public String render(ExportFormat format, NoteFilter scope) {
        return render(format, query.list(scope), scope.describe());
    }

    public static String render(ExportFormat format, List<AnnotatedArticle> articles, String scope) {
        return switch (format) {
            case MD -> MarkdownExport.document(articles, scope);
            case CSV -> CsvExport.write(articles);
            case JSON -> JsonExport.write(articles, scope);
            case HTML -> HtmlExport.write(articles, scope);
        };
    }

    /** The orphaned notes (kept when their articles were removed), rendered as one document. */
    public String renderOrphaned(ExportFormat format) {
        return render(format, OrphanedNotes.annotated(orphans.list()), OrphanedNotes.SCOPE);
    }

    /** Writes the orphaned notes to one file, with the same overwrite rules as {@link #exportFile}. */
    public ExportFiles.FileResult exportOrphanedFile(ExportFormat format, Path file, boolean force) {
        AtomicFiles.checkWritableFile(file);
        return files.writeFile(file, renderOrphaned(format), force);
    }

    /** Writes one file (see {@link ExportFiles#writeFile} for the overwrite rules). */
    public ExportFiles.FileResult exportFile(ExportFormat format, NoteFilter scope, Path file, boolean force) {
        AtomicFiles.checkWritableFile(file);
        return files.writeFile(file, render(format, scope), force);
    }

    /** One Markdown file per article into {@code folder} (see {@link ExportFiles#writeFolder}). */
    public ExportFiles.FolderReport exportFolder(NoteFilter scope, Path folder, boolean force) {
        return files.writeFolder(folder, query.list(scope), force);
    }

    public Dossier dossier(String person) {
        return dossiers.build(person);
    }

    /** A dossier as Markdown ({@code MD}) or HTML; other formats are refused. */
    public static String render(ExportFormat format, Dossier d) {
        return switch (format) {
            case MD -> DossierMarkdown.write(d);
            case HTML -> DossierHtml.write(d);
            default -> throw new IllegalArgumentException("a dossier is written as md or html, not " + format.extension());
        };
    }

    public ExportFiles.FileResult exportDossier(ExportFormat format, String person, Path file, boolean force) {
        AtomicFiles.checkWritableFile(file);
        return files.writeFile(file, render(format, dossier(person)), force);
    }
}
