package org.newslens.ui.state;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleFilter;

/**
 * The window's active filter: chosen people (as chips), AND or ANY, a full-text query, a
 * published-date range, the reading state and a feed or folder. {@link #filterProperty()} is the one value the list, "appears with" and the
 * timeline query with; it changes only when the filter really changes.
 */
public final class FilterState {
    private final ObservableList<PersonChip> persons = FXCollections.observableArrayList();
    private final ObservableList<PersonChip> readOnlyPersons = FXCollections.unmodifiableObservableList(persons);
    private final ReadOnlyObjectWrapper<ArticleFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ArticleFilter.none());

    public ObservableList<PersonChip> persons() {
        return readOnlyPersons;
    }

    public ReadOnlyObjectProperty<ArticleFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ArticleFilter get() {
        return filter.get();
    }

    public boolean contains(long actorId) {
        return persons.stream().anyMatch(p -> p.actorId() == actorId);
    }

    /** Adds a person (or any actor) to the filter; nothing happens when it is there already. */
    public void addPerson(long actorId, String name) {
        if (!contains(actorId)) {
            persons.add(new PersonChip(actorId, name));
            update(get().withActors(ids(), get().any()));
        }
    }

    /** Removes a person; with fewer than two left, All/Any (which then means nothing) goes back to All. */
    public void removePerson(long actorId) {
        if (persons.removeIf(p -> p.actorId() == actorId)) {
            update(get().withActors(ids(), persons.size() > 1 && get().any()));
        }
    }

    /** After a correction: a renamed actor's chip shows the new name; a merged one becomes its target. */
    public void replacePerson(long actorId, long newId, String newName) {
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).actorId() == actorId) {
                if (newId != actorId && contains(newId)) {
                    persons.remove(i);
                } else {
                    persons.set(i, new PersonChip(newId, newName));
                }
                update(get().withActors(ids(), get().any()));
                return;
            }
        }
    }

    /** True: an article needs only one of the people (ANY); false: all of them (AND). */
    public void setAny(boolean any) {
        update(get().withActors(ids(), any));
    }

    public void setQuery(String query) {
        update(get().withQuery(query));
    }

    public void setRange(LocalDate from, LocalDate to) {
        update(get().withRange(from, to));
    }

    /** Only unread articles, or read and unread alike. */
    public void setUnreadOnly(boolean unread) {
        update(get().withUnreadOnly(unread));
    }

    /** Only starred articles, or all. */
    public void setStarredOnly(boolean starred) {
        update(get().withStarredOnly(starred));
    }

    /**
     * A source chosen in the sources pane: these people (as chips, replacing the chosen ones) and the
     * reading state, in one change; the query and the dates stay.
     */
    public void choose(List<PersonChip> people, boolean unreadOnly, boolean starredOnly) {
        persons.setAll(people);
        update(get().withActors(ids(), get().any()).withUnreadOnly(unreadOnly).withStarredOnly(starredOnly).withFeed(null));
    }

    /**
     * A feed ({@code folder} false) or a folder chosen in the sources pane: its articles, read and unread;
     * the chosen people and reading state go, the query and the dates stay.
     */
    public void chooseFeed(long id, boolean folder) {
        persons.clear();
        ArticleFilter f = get().withActors(List.of(), get().any()).withUnreadOnly(false).withStarredOnly(false);
        update(folder ? f.withFolder(id) : f.withFeed(id));
    }

    /** Removes every part of the filter; All/Any goes back to All. */
    public void clear() {
        persons.clear();
        update(new ArticleFilter(List.of(), false, "", null, null));
    }

    private List<Long> ids() {
        return persons.stream().map(PersonChip::actorId).toList();
    }

    private void update(ArticleFilter f) {
        if (!f.equals(filter.get())) {
            filter.set(f);
        }
    }
}
