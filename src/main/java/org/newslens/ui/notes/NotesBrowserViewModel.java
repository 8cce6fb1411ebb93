package org.newslens.ui.notes;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ActorRef;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.NoteFilter;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * Every note and highlight in the library, the most recent first, filtered as {@link NoteFilter} does
 * (person, text, published date range). Opening an entry selects its article in the window and asks
 * the reader to scroll to the highlight.
 */
public final class NotesBrowserViewModel {
    private final AnnotationQuery query;
    private final ActorStore actors;
    private final ArticleStore articles;
    private final TaskExecutor executor;
    private final WindowState state;
    private final HighlightsViewModel highlights;
    private final ObservableList<AnnotationEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private NoteFilter filter = NoteFilter.all();
    private long serial;

    public NotesBrowserViewModel(AnnotationQuery query, ActorStore actors, ArticleStore articles, TaskExecutor executor,
                                 WindowState state, HighlightsViewModel highlights) {
        this.query = query;
        this.actors = actors;
        this.articles = articles;
        this.executor = executor;
        this.state = state;
        this.highlights = highlights;
    }

    public ObservableList<AnnotationEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The library's people (not hidden), for the person field's suggestions. */
    public ObservableList<String> people() {
        return FXCollections.unmodifiableObservableList(people);
    }

    /** Why the list is empty or stale (a bad date range, a failed query), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "3 notes, 12 highlights". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public NoteFilter filter() {
        return filter;
    }

    /** Reloads the people and the list (when the window opens). */
    public void onRefresh() {
        executor.execute(BackgroundTask.of("List people", ctx -> actors.list("PERSON", false))
                .onSuccess(list -> people.setAll(list.stream().map(ActorRef::name).distinct().sorted().toList())));
        load();
    }

    /** Filters by person (name, alias or surname), text and published date range; blank means any. */
    public void onFilter(String person, String text, LocalDate from, LocalDate to) {
        try {
            filter = new NoteFilter(person, null, text, from, to);
        } catch (IllegalArgumentException e) {
            serial++;
            entries.clear();
            count.set("");
            message.set(Outcomes.message(e));
            return;
        }
        load();
    }

    private void load() {
        long mine = ++serial;
        NoteFilter f = filter;
        loading.set(true);
        executor.execute(BackgroundTask.of("List notes", ctx -> AnnotationEntry.of(query.list(f)))
                .onSuccess(list -> {
                    if (mine == serial) {
                        loading.set(false);
                        entries.setAll(list);
                        count.set(describe(list));
                        message.set(list.isEmpty() ? (f.equals(NoteFilter.all())
                                ? "No notes or highlights yet. Select text in an article and press Ctrl+H, or write in the note pane."
                                : "Nothing matches.") : "");
                    }
                })
                .onFailure(e -> {
                    if (mine == serial) {
                        loading.set(false);
                        entries.clear();
                        count.set("");
                        message.set(Outcomes.message(e));
                    }
                }));
    }

    static String describe(List<AnnotationEntry> list) {
        long notes = list.stream().filter(e -> e.kind() == AnnotationEntry.Kind.NOTE).count();
        long hs = list.size() - notes;
        return plural(notes, "note") + ", " + plural(hs, "highlight");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Opens the entry's article in the window; for a highlight, the reader scrolls to it. */
    public void onOpen(AnnotationEntry entry) {
        if (entry == null) {
            return;
        }
        if (entry.kind() == AnnotationEntry.Kind.HIGHLIGHT && !entry.orphaned()) {
            highlights.onReveal(entry.articleId(), entry.start(), entry.end());
        }
        if (state.getSelectedArticle() != null && state.getSelectedArticle().id() == entry.articleId()) {
            return;
        }
        executor.execute(BackgroundTask.of("Open article", ctx -> articles.find(entry.articleId()))
                .onSuccess(found -> found.ifPresentOrElse(a -> state.selectArticle(a.summary()),
                        () -> message.set("This article is no longer in the library.")))
                .onFailure(e -> message.set(e.getMessage())));
    }
}
