package org.newslens.ui.filter;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleFilter;
import org.newslens.model.Cooccurrence;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleSearch;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;
import org.newslens.ui.actors.ActorChooserViewModel;
import org.newslens.ui.state.FilterState;
import org.newslens.ui.state.PersonChip;
import org.newslens.ui.state.WindowState;

/**
 * The filter bar: people as chips (AND or ANY), a full-text query and a published-date range, all
 * kept in the window's {@link FilterState}. With people chosen, "appears with" lists who is most
 * often in the same articles, queried in the background.
 */
public final class FilterViewModel {
    public static final int APPEARS_WITH_MAX = 10;

    private final ArticleSearch search;
    private final ActorStore actors;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<Cooccurrence> appearsWith = FXCollections.observableArrayList();
    private final ObservableList<Cooccurrence> readOnlyAppearsWith = FXCollections.unmodifiableObservableList(appearsWith);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private TaskHandle appearsTask;
    private long generation;

    public FilterViewModel(ArticleSearch search, ActorStore actors, TaskExecutor executor, WindowState state) {
        this.search = search;
        this.actors = actors;
        this.executor = executor;
        this.state = state;
        state.onFilteredArticlesChange(() -> changed(state.filter().get()));
    }

    public ObservableList<PersonChip> persons() {
        return state.filter().persons();
    }

    public ReadOnlyObjectProperty<ArticleFilter> filterProperty() {
        return state.filter().filterProperty();
    }

    /** True when any part of the filter is set. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Who appears most often in the same filtered articles as the chosen people (empty without people). */
    public ObservableList<Cooccurrence> appearsWith() {
        return readOnlyAppearsWith;
    }

    public void onQuery(String query) {
        state.filter().setQuery(query);
    }

    public void onAny(boolean any) {
        state.filter().setAny(any);
    }

    public void onRange(LocalDate from, LocalDate to) {
        state.filter().setRange(from, to);
    }

    public void onAddPerson(ActorRef actor) {
        if (actor != null) {
            state.filter().addPerson(actor.id(), actor.name());
        }
    }

    public void onAddAppearsWith(Cooccurrence c) {
        state.filter().addPerson(c.actorId(), c.name());
    }

    public void onRemovePerson(long actorId) {
        state.filter().removePerson(actorId);
    }

    public void onClear() {
        state.filter().clear();
    }

    /** The person picker: every person in the library with article counts. */
    public ActorChooserViewModel personPicker() {
        return new ActorChooserViewModel(actors, executor, "PERSON", 0);
    }

    private void changed(ArticleFilter f) {
        active.set(!f.isEmpty());
        if (appearsTask != null) {
            appearsTask.cancel();
            appearsTask = null;
        }
        long mine = ++generation;
        if (f.actorIds().isEmpty()) {
            appearsWith.clear();
            return;
        }
        appearsTask = executor.execute(BackgroundTask.of("Appears with", ctx -> search.appearsWith(f, APPEARS_WITH_MAX))
                .onSuccess((List<Cooccurrence> list) -> {
                    if (mine == generation) {
                        appearsWith.setAll(list);
                    }
                }));
    }
}
