package org.newslens.ui.notes;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.store.ActorStore;
import org.newslens.task.TaskExecutor;

/**
 * What the dialogs that write files (export, dossier) share: the people for the person field, and the
 * {@link ConfirmedWrite} state (running, summary, error, the question before overwriting a file that is
 * not NewsLens's own, the file written and how to open it) as read-only properties and intents. A
 * subclass turns its request into a write in {@link #run}.
 */
public abstract class FileWriteViewModel<R> {
    protected final TaskExecutor executor;
    protected final ActorStore actors;
    final ConfirmedWrite<R> write = new ConfirmedWrite<>(this, this::run);
    private final ObservableList<String> people = FXCollections.observableArrayList();

    FileWriteViewModel(ActorStore actors, TaskExecutor executor) {
        this.actors = actors;
        this.executor = executor;
    }

    /** Writes the request, forced or not: {@code write.start}, then {@code write.done} or {@code write.failed}. */
    abstract void run(R request, boolean force);

    /** The library's people, for the person field's suggestions. */
    public ObservableList<String> people() {
        return FXCollections.unmodifiableObservableList(people);
    }

    /** The dialog opens: clears the last outcome and loads the people. */
    public void onOpen() {
        write.open(executor, actors, people);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return write.runningProperty();
    }

    /** What was written, updated, unchanged or left alone, with paths. */
    public ReadOnlyStringProperty summaryProperty() {
        return write.summaryProperty();
    }

    /** Why the write did not run, one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return write.errorProperty();
    }

    /** A question to ask before overwriting files left alone, or empty. */
    public ReadOnlyStringProperty confirmProperty() {
        return write.confirmProperty();
    }

    /** The file last written, or the folder exported into; null before and after a failure. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return write.writtenProperty();
    }

    /** How the intents below open things in the system (the app: {@code HostServices.showDocument}). */
    public void setOpener(SystemOpener opener) {
        write.setOpener(opener);
    }

    /** Opens the written file, or the folder of a folder export, with the system's default application. */
    public void onOpenExported() {
        write.openWritten();
    }

    /** Opens the folder that holds the written file (or folder). */
    public void onShowExportedFolder() {
        write.showWrittenFolder();
    }

    /** The user agreed to overwrite: the last request again, forced. */
    public void onConfirm() {
        write.onConfirm();
    }

    public void onDecline() {
        write.onDecline();
    }
}
