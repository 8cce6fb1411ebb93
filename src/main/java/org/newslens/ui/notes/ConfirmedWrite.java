package org.newslens.ui.notes;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;

/**
 * The state of a dialog that writes files (export, dossier): running, the summary, the error, and the
 * question to ask when a file is not NewsLens's own ({@link Outcomes#needsForce}); {@link #onConfirm()}
 * runs the last request again, forced. One of these per dialog view model.
 */
final class ConfirmedWrite<R> {
    private final ReadOnlyBooleanWrapper running;
    private final ReadOnlyStringWrapper summary;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper confirm;
    private final BiConsumer<R, Boolean> run;
    private R last;

    /** {@code run}: writes a request, forced or not, calling {@link #start}, then {@link #done} or {@link #failed}. */
    ConfirmedWrite(Object bean, BiConsumer<R, Boolean> run) {
        this.running = new ReadOnlyBooleanWrapper(bean, "running");
        this.summary = new ReadOnlyStringWrapper(bean, "summary", "");
        this.error = new ReadOnlyStringWrapper(bean, "error", "");
        this.confirm = new ReadOnlyStringWrapper(bean, "confirm", "");
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

    void done(String text) {
        running.set(false);
        summary.set(text);
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
}
