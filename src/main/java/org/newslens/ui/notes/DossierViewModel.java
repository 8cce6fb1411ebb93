package org.newslens.ui.notes;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.notes.export.ExportFormat;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.ActorStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;

/**
 * File ▸ Person dossier…: one person's articles, roles, quotes, dated sentences and notes, saved as
 * Markdown or HTML in the background. A file NewsLens did not write is overwritten only after asking.
 * Once saved, {@link #onOpenExported()} and {@link #onShowExportedFolder()} open it or its folder.
 */
public final class DossierViewModel extends FileWriteViewModel<DossierViewModel.Request> {
    private final NotesExporter exporter;
    private final org.newslens.ui.state.WindowState state;
    private final ReadOnlyStringWrapper suggested = new ReadOnlyStringWrapper(this, "suggested", "");

    record Request(String person, ExportFormat format, Path file) {
    }

    public DossierViewModel(NotesExporter exporter, ActorStore actors, TaskExecutor executor) {
        this(exporter, actors, executor, null);
    }

    /** With the window's state, the dialog suggests the person selected there. */
    public DossierViewModel(NotesExporter exporter, ActorStore actors, TaskExecutor executor,
                            org.newslens.ui.state.WindowState state) {
        super(actors, executor);
        this.exporter = exporter;
        this.state = state;
    }

    /** The person to pre-fill: the one selected in the sidebar, else the filter's first person, else "". */
    public ReadOnlyStringProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    /** Loads the people for the suggestions and the person to suggest. */
    @Override
    public void onOpen() {
        super.onOpen();
        suggested.set(state == null || state.filter().persons().isEmpty() ? "" : state.filter().persons().get(0).name());
        Long selected = state == null ? null : state.selectedActorProperty().get();
        if (selected != null) {
            executor.execute(BackgroundTask.of("Selected person", ctx -> actors.find(selected))
                    .onSuccess(found -> found.filter(a -> "PERSON".equals(a.type())).ifPresent(a -> suggested.set(a.name()))));
        }
    }

    /** Writes the dossier of {@code person} ({@link ExportFormat#MD} or {@link ExportFormat#HTML}) to {@code file}. */
    public void onSave(String person, ExportFormat format, Path file) {
        run(new Request(person == null ? "" : person.strip(), format, file), false);
    }

    @Override
    void run(Request r, boolean force) {
        write.clear();
        if (r.person().isEmpty()) {
            write.refuse("Type the name of a person.");
            return;
        }
        if (r.file() == null) {
            write.refuse("Choose a file to save the dossier to.");
            return;
        }
        write.start(r);
        executor.execute(BackgroundTask.of("Person dossier", ctx -> exporter.exportDossier(r.format(), r.person(), r.file(), force))
                .onSuccess(result -> write.done(Outcomes.written(result)))
                .onFailure(e -> write.failed(e, force)));
    }
}
