package org.newslens.ui.notes;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ActorRef;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.OrphanedNotes;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * Every note and highlight in the library, the most recent first, filtered as {@link NoteFilter} does
 * (person, text, published date range). Opening an entry selects its article in the window and asks
 * the reader to scroll to the highlight. The Orphaned scope lists instead the notes kept when their
 * articles were removed (one entry per removed article: its former title and date, its note and
 * highlights), which can be deleted for good or exported.
 */
public final class NotesBrowserViewModel {
    /** Which notes the window lists. */
    public enum Scope { LIBRARY, ORPHANED }

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
    private final ObservableList<OrphanEntry> orphans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scope> scope = new ReadOnlyObjectWrapper<>(this, "scope", Scope.LIBRARY);
    private final OrphanedNotes orphanStore;
    private NoteFilter filter = NoteFilter.all();
    private long serial;

    public NotesBrowserViewModel(AnnotationQuery query, OrphanedNotes orphanStore, ActorStore actors, ArticleStore articles,
                                 TaskExecutor executor, WindowState state, HighlightsViewModel highlights) {
        this.query = query;
        this.orphanStore = orphanStore;
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

    /** The notes of removed articles, the most recently removed first (filled in the Orphaned scope). */
    public ObservableList<OrphanEntry> orphans() {
        return FXCollections.unmodifiableObservableList(orphans);
    }

    public ReadOnlyObjectProperty<Scope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** Lists the library's notes, or the orphaned ones. */
    public void onScope(Scope s) {
        if (s != null && s != scope.get()) {
            scope.set(s);
            load();
        }
    }

    /** Deletes a removed article's kept notes for good (the window asks first). */
    public void onDeleteOrphan(OrphanEntry kept) {
        if (kept == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Delete orphaned notes", ctx -> orphanStore.delete(kept.hash()))
                .onSuccess(deleted -> load())
                .onFailure(e -> message.set(Outcomes.message(e))));
    }

    /** "1 note and 2 highlights" of one removed article, for the delete question. */
    public static String describe(OrphanEntry k) {
        String hs = plural(k.highlights().size(), "highlight");
        return k.hasNote() ? (k.highlights().isEmpty() ? "its note" : "its note and " + hs) : hs;
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
        if (scope.get() == Scope.ORPHANED) {
            loadOrphans();
            return;
        }
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

    private void loadOrphans() {
        long mine = ++serial;
        loading.set(true);
        executor.execute(BackgroundTask.of("List orphaned notes", ctx -> orphanStore.list().stream().map(OrphanEntry::of).toList())
                .onSuccess(list -> {
                    if (mine == serial) {
                        loading.set(false);
                        orphans.setAll(list);
                        long notes = list.stream().filter(OrphanEntry::hasNote).count();
                        long hs = list.stream().mapToLong(k -> k.highlights().size()).sum();
                        count.set(list.isEmpty() ? "" : plural(list.size(), "removed article") + ": " + plural(notes, "note") + ", "
                                + plural(hs, "highlight"));
                        message.set(list.isEmpty() ? "No orphaned notes. When you remove an article and keep its notes, they wait here "
                                + "until the same text is imported again." : "");
                    }
                })
                .onFailure(e -> {
                    if (mine == serial) {
                        loading.set(false);
                        orphans.clear();
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
