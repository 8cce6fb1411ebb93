package org.newslens.ui.sources;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ReadingCounts;
import org.newslens.store.ReadingStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.feeds.FeedsViewModel;
import org.newslens.ui.feeds.SourceNode;
import org.newslens.ui.state.PersonChip;
import org.newslens.ui.state.WindowState;

/**
 * The sources pane: its sections (Library: All, Unread, Starred; Watched people, each with their
 * unread count; Feeds: folders and feeds with their unread counts and error marks), counts loaded in
 * the background. Choosing a line sets the window's filter; the chosen line is derived from the
 * filter, so the pane, the filter bar and Esc always agree. The feed commands (subscribe, refresh,
 * unsubscribe) are the {@link FeedsViewModel}'s, whose tree this view model shows.
 */
public final class SourcesViewModel {
    public static final String LIBRARY = "library";
    public static final String WATCHED = "watched";
    public static final String FEEDS = "feeds";

    private final ReadingStore reading;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<SourceItem> library = FXCollections.observableArrayList();
    private final ObservableList<SourceItem> watched = FXCollections.observableArrayList();
    private final ObservableList<SourceItem> feedLines = FXCollections.observableArrayList();
    private final FeedsViewModel feeds;
    private final List<SourceSection> sections;
    private final ReadOnlyObjectWrapper<SourceItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ReadingCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", ReadingCounts.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final java.util.function.LongConsumer unwatch;
    private long generation;

    /**
     * {@code unwatch} stops watching an actor (in the app: {@code ActorCorrections.onWatch(id, false)});
     * {@code feeds} holds the feed tree and its commands.
     */
    public SourcesViewModel(ReadingStore reading, TaskExecutor executor, WindowState state, java.util.function.LongConsumer unwatch,
                            FeedsViewModel feeds) {
        this.unwatch = unwatch;
        this.feeds = feeds;
        this.reading = reading;
        this.executor = executor;
        this.state = state;
        this.sections = List.of(
                new SourceSection(LIBRARY, "Library", FXCollections.unmodifiableObservableList(library), ""),
                new SourceSection(WATCHED, "Watched people", FXCollections.unmodifiableObservableList(watched),
                        "Right-click a person in the sidebar ▸ Watch to follow them here."),
                new SourceSection(FEEDS, "Feeds", FXCollections.unmodifiableObservableList(feedLines),
                        "Subscribe to a site or feed to follow it here."));
        apply(ReadingCounts.empty());
        feeds.sourcesProperty().addListener((obs, old, now) -> {
            showFeeds(now);
            // The chosen feed or folder went (unsubscribed, deleted): back to the whole library.
            ArticleFilter f = state.filter().get();
            if (f.hasFeed() && selected.get() == null && f.actorIds().isEmpty() && !f.hasReadingState()) {
                state.filter().choose(List.of(), false, false);
            }
        });
        showFeeds(feeds.sourcesProperty().get());
        state.filter().filterProperty().addListener((obs, old, now) -> updateSelected());
        state.libraryRevisionProperty().addListener((obs, old, now) -> refresh());
    }

    /** The pane's sections, in order. */
    public List<SourceSection> sections() {
        return sections;
    }

    /** The line that stands for the window's filter, or null when the filter is something else. */
    public ReadOnlyObjectProperty<SourceItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The last counts loaded. */
    public ReadOnlyObjectProperty<ReadingCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Why the counts could not be loaded, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The feed commands of the Feeds section (subscribe, refresh, unsubscribe, progress). */
    public FeedsViewModel feeds() {
        return feeds;
    }

    /** Loads the counts again (after an import, a read, a star, a watch or a removal), the feeds' too. */
    public void refresh() {
        feeds.onReload();
        long mine = ++generation;
        executor.execute(BackgroundTask.of("Unread counts", ctx -> reading.counts())
                .onSuccess(c -> {
                    if (mine == generation) {
                        error.set("");
                        apply(c);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set("Cannot count the unread articles: " + e.getMessage());
                    }
                }));
    }

    /** Shows the chosen source in the list: all, unread, starred, or the unread articles about a watched person. */
    public void onChoose(SourceItem item) {
        if (item == null) {
            return;
        }
        switch (item.kind()) {
            case ALL -> state.filter().choose(List.of(), false, false);
            case UNREAD -> state.filter().choose(List.of(), true, false);
            case STARRED -> state.filter().choose(List.of(), false, true);
            case WATCHED -> state.filter().choose(List.of(new PersonChip(item.actorId(), item.label())), true, false);
            case FEED -> state.filter().chooseFeed(item.id(), false);
            case FOLDER -> state.filter().chooseFeed(item.id(), true);
        }
    }

    /** Stops watching the person of a Watched line (its line goes once the counts are loaded again). */
    public void onUnwatch(SourceItem item) {
        if (item != null && item.kind() == SourceItem.Kind.WATCHED) {
            unwatch.accept(item.actorId());
        }
    }

    private void apply(ReadingCounts c) {
        counts.set(c);
        library.setAll(new SourceItem(SourceItem.Kind.ALL, 0, "All articles", c.all()),
                new SourceItem(SourceItem.Kind.UNREAD, 0, "Unread", c.unread()),
                new SourceItem(SourceItem.Kind.STARRED, 0, "Starred", c.starred()));
        watched.setAll(c.watched().stream().map(w -> new SourceItem(SourceItem.Kind.WATCHED, w.actorId(), w.name(), w.unread())).toList());
        updateSelected();
    }

    /** The feed tree as lines, depth first, each indented under its folder. */
    private void showFeeds(List<SourceNode> tree) {
        List<SourceItem> lines = new java.util.ArrayList<>();
        flatten(tree, 0, lines);
        feedLines.setAll(lines);
        updateSelected();
    }

    private static void flatten(List<SourceNode> nodes, int depth, List<SourceItem> out) {
        for (SourceNode n : nodes) {
            boolean folder = n.kind() == SourceNode.Kind.FOLDER;
            String error = folder ? (n.hasError() ? "A feed in this folder could not be refreshed" : null) : n.error();
            out.add(new SourceItem(folder ? SourceItem.Kind.FOLDER : SourceItem.Kind.FEED, n.id(), n.title(), n.unread(), n.items(),
                    depth, error));
            flatten(n.children(), depth + 1, out);
        }
    }

    private void updateSelected() {
        ArticleFilter f = state.filter().get();
        if (f.hasFeed()) {
            SourceItem.Kind k = f.feedId() != null ? SourceItem.Kind.FEED : SourceItem.Kind.FOLDER;
            long id = f.feedId() != null ? f.feedId() : f.folderId();
            selected.set(f.actorIds().isEmpty() && !f.hasReadingState()
                    ? feedLines.stream().filter(i -> i.kind() == k && i.id() == id).findFirst().orElse(null) : null);
            return;
        }
        SourceItem.Kind kind = null;
        long actor = 0;
        if (f.actorIds().isEmpty()) {
            kind = f.starredOnly() ? (f.unreadOnly() ? null : SourceItem.Kind.STARRED)
                    : f.unreadOnly() ? SourceItem.Kind.UNREAD : SourceItem.Kind.ALL;
        } else if (f.actorIds().size() == 1 && f.unreadOnly() && !f.starredOnly()) {
            kind = SourceItem.Kind.WATCHED;
            actor = f.actorIds().get(0);
        }
        SourceItem wanted = kind == null ? null : new SourceItem(kind, actor, "", 0);
        SourceItem found = wanted == null ? null : (kind == SourceItem.Kind.WATCHED ? watched : library).stream()
                .filter(wanted::sameSource).findFirst().orElse(null);
        selected.set(found);
    }
}
