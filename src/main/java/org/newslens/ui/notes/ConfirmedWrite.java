package org.newslens.ui.notes;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;

/**
 * The state of a dialog that writes files (export, dossier): running, the summary, the error, and the
 * question to ask when a file is not NewsLens's own ({@link Outcomes#needsForce}); {@link #onConfirm()}
 * runs the last request again, forced. After a write, {@link #writtenProperty()} is the file (or folder)
 * written, which {@link #openWritten()} opens and {@link #showWrittenFolder()} shows in its folder.
 * One of these per dialog view model.
 */
final class ConfirmedWrite<R> {
    private final ReadOnlyBooleanWrapper running;
    private final ReadOnlyStringWrapper summary;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper confirm;
    private final ReadOnlyObjectWrapper<Path> written;
    private final BiConsumer<R, Boolean> run;
    private SystemOpener opener = SystemOpener.NONE;
    private R last;

    /** {@code run}: writes a request, forced or not, calling {@link #start}, then {@link #done} or {@link #failed}. */
    ConfirmedWrite(Object bean, BiConsumer<R, Boolean> run) {
        this.running = new ReadOnlyBooleanWrapper(bean, "running");
        this.summary = new ReadOnlyStringWrapper(bean, "summary", "");
        this.error = new ReadOnlyStringWrapper(bean, "error", "");
        this.confirm = new ReadOnlyStringWrapper(bean, "confirm", "");
        this.written = new ReadOnlyObjectWrapper<>(bean, "written");
        this.run = run;
    }

    /** The dialog opens: clears the last outcome and loads the people for the person field. */
    void open(TaskExecutor executor, ActorStore actors, javafx.collections.ObservableList<String> people) {
        clear();
        executor.execute(BackgroundTask.of("List people", ctx -> actors.list("PERSON", false))
                .onSuccess(list -> people.setAll(list.stream().map(ActorRef::name).distinct().sorted().toList())));
    }

    void clear() {
        summary.set("");
        error.set("");
        confirm.set("");
        written.set(null);
    }

    /** A request that cannot run: says why. */
    void refuse(String why) {
        error.set(why);
    }

    /** The request is on its way. */
    void start(R request) {
        last = request;
        running.set(true);
    }

    /** A finished write: {@code text} says what happened to {@code path} (a file, or the folder exported into). */
    record Done(String text, Path path) {
        Done {
            Objects.requireNonNull(text);
            Objects.requireNonNull(path);
        }
    }

    void done(Done d) {
        running.set(false);
        summary.set(d.text());
        written.set(d.path().toAbsolutePath().normalize());
    }

    void setOpener(SystemOpener opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    /** Opens the last written file (or folder) with the system's default application. */
    void openWritten() {
        Path p = written.get();
        if (p != null) {
            opener.open(p.toUri());
        }
    }

    /** Opens the folder that holds the last written file (or folder). */
    void showWrittenFolder() {
        Path p = written.get();
        if (p != null) {
            opener.open((p.getParent() == null ? p : p.getParent()).toUri());
        }
    }

    /** Asks this question (e.g. files left alone in a folder export) unless the write was forced. */
    void ask(boolean force, Supplier<String> question) {
        if (!force) {
            confirm.set(question.get());
        }
    }

    void failed(Throwable e, boolean force) {
        running.set(false);
        if (!force && Outcomes.needsForce(e)) {
            confirm.set(Outcomes.message(e) + ". Overwrite it?");
        } else {
            error.set(Outcomes.message(e));
        }
    }

    void onConfirm() {
        if (last != null && !confirm.get().isEmpty()) {
            run.accept(last, true);
        }
    }

    void onDecline() {
        confirm.set("");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty confirmProperty() {
        return confirm.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
