package org.newslens.ui.actors;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;

/**
 * A searchable list of the library's actors of one type with their article counts, most frequent
 * first: the person picker of the filter and the target list of "Merge into…". Typing narrows it
 * (case- and accent-insensitive, any word start or substring).
 */
public final class ActorChooserViewModel {
    private final ActorStore actors;
    private final TaskExecutor executor;
    private final String type;
    private final long excluded;
    private final ObservableList<ActorRef> shown = FXCollections.observableArrayList();
    private final ObservableList<ActorRef> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private List<ActorRef> all = List.of();

    /** {@code type} as stored ("PERSON", "ORGANIZATION", "LOCATION"); {@code excluded} an actor id left out (0 for none). */
    public ActorChooserViewModel(ActorStore actors, TaskExecutor executor, String type, long excluded) {
        this.actors = actors;
        this.executor = executor;
        this.type = type;
        this.excluded = excluded;
    }

    public ObservableList<ActorRef> shown() {
        return readOnlyShown;
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void load() {
        executor.execute(BackgroundTask.of("Actors", ctx -> actors.list(type, false)).onSuccess(list -> {
            all = list.stream().filter(a -> a.id() != excluded && a.articleCount() > 0).toList();
            loaded.set(true);
            refilter();
        }));
    }

    public void onQuery(String q) {
        query.set(q == null ? "" : q);
        refilter();
    }

    private void refilter() {
        String q = fold(query.get().strip());
        shown.setAll(q.isEmpty() ? all : all.stream().filter(a -> fold(a.name()).contains(q)).toList());
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
