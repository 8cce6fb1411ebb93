package org.newslens.ui.notes;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.newslens.notes.NoteFilter;
import org.newslens.store.ActorStore;
import org.newslens.notes.export.ExportFiles;
import org.newslens.notes.export.NotesExporter;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * File ▸ Export notes…: turns the dialog's choices into a {@link NoteFilter} and a destination, exports
 * in the background, and ends with a summary. Files the user edited, or that NewsLens did not write,
 * are left alone; {@link #confirmProperty()} then asks whether to overwrite them ({@link #onConfirm()}).
 * After an export, {@link #onOpenExported()} opens the file (or folder) written and
 * {@link #onShowExportedFolder()} the folder that holds it, through the {@link SystemOpener}.
 */
public final class ExportViewModel extends FileWriteViewModel<ExportRequest> {
    private final NotesExporter exporter;
    private final WindowState state;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);

    public ExportViewModel(NotesExporter exporter, ActorStore actors, TaskExecutor executor, WindowState state) {
        super(actors, executor);
        this.exporter = exporter;
        this.state = state;
    }

    /** -1 while running (indeterminate), 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether an article is open (the "open article" scope needs one). */
    public boolean hasOpenArticle() {
        return state.getSelectedArticle() != null;
    }

    /** The filter for the request's scope. Throws IllegalArgumentException with a message to show. */
    public NoteFilter filter(ExportRequest r) {
        return switch (r.scope()) {
            case ALL -> NoteFilter.all();
            case ARTICLE -> {
                if (state.getSelectedArticle() == null) {
                    throw new IllegalArgumentException("No article is open: choose one in the list first.");
                }
                yield NoteFilter.article(state.getSelectedArticle().id());
            }
            case PERSON -> {
                if (r.person() == null || r.person().isBlank()) {
                    throw new IllegalArgumentException("Type the name of a person.");
                }
                yield NoteFilter.person(r.person());
            }
            case DATES -> {
                if (r.from() == null && r.to() == null) {
                    throw new IllegalArgumentException("Give a start date, an end date, or both.");
                }
                yield NoteFilter.dates(r.from(), r.to());
            }
            // Not a filter of the library's notes: run() exports the kept ones; this says "all of them".
            case ORPHANED -> NoteFilter.all();
        };
    }

    /** Exports; files that are not NewsLens's own are left alone and asked about. */
    public void onExport(ExportRequest r) {
        run(r, false);
    }

    @Override
    void run(ExportRequest r, boolean force) {
        write.clear();
        NoteFilter f;
        try {
            f = filter(r);
        } catch (IllegalArgumentException e) {
            write.refuse(e.getMessage());
            return;
        }
        if (r.scope() == ExportScope.ORPHANED && r.choice().folder()) {
            write.refuse("Orphaned notes are exported to one file: choose Markdown (one file), CSV, JSON or HTML.");
            return;
        }
        if (r.destination() == null) {
            write.refuse(r.choice().folder() ? "Choose a folder to export into." : "Choose a file to export to.");
            return;
        }
        keptAlone = 0;
        write.start(r);
        progress.set(-1);
        executor.execute(BackgroundTask.of("Export notes", ctx -> {
            ctx.progress(0, 0, "Exporting…");
            if (r.scope() == ExportScope.ORPHANED) {
                return Outcomes.written(exporter.exportOrphanedFile(r.choice().format(), r.destination(), force));
            }
            return r.choice().folder() ? Outcomes.written(check(exporter.exportFolder(f, r.destination(), force)))
                    : Outcomes.written(exporter.exportFile(r.choice().format(), f, r.destination(), force));
        }).onSuccess(done -> {
            progress.set(1);
            write.done(done);
            if (keptAlone > 0) {
                int n = keptAlone;
                write.ask(force, () -> n + (n == 1 ? " file was" : " files were")
                        + " left alone because you edited them or NewsLens did not write them. Overwrite "
                        + (n == 1 ? "it?" : "them?"));
            }
        }).onFailure(e -> {
            progress.set(0);
            write.failed(e, force);
        }));
    }

    private volatile int keptAlone;

    private ExportFiles.FolderReport check(ExportFiles.FolderReport report) {
        keptAlone = report.keptAlone().size();
        return report;
    }
}
