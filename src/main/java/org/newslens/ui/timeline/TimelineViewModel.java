package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ArticleSummary;
import org.newslens.model.TimelineEntry;
import org.newslens.store.ArticleSearch;
import org.newslens.store.ArticleStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * The timeline of the filtered articles: their dated sentences grouped on a time axis (by day, week
 * or month), with the people in each. With people in the filter it shows, by default, only the
 * sentences that name them. It loads only while shown; opening a sentence selects its article and
 * asks the reader to reveal it.
 */
public final class TimelineViewModel {
    public static final int LIMIT = 3000;

    private final ArticleSearch search;
    private final ArticleStore articles;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<TimelineGrouping.Group> groups = FXCollections.observableArrayList();
    private final ObservableList<TimelineGrouping.Group> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyObjectWrapper<TimelineGrouping.Scale> scale = new ReadOnlyObjectWrapper<>(this, "scale", TimelineGrouping.Scale.AUTO);
    private final ReadOnlyObjectWrapper<TimelineGrouping.Scale> shownScale = new ReadOnlyObjectWrapper<>(this, "shownScale", TimelineGrouping.Scale.DAY);
    private final ReadOnlyBooleanWrapper involvingOnly = new ReadOnlyBooleanWrapper(this, "involvingOnly", true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper people = new ReadOnlyBooleanWrapper(this, "people");
    private final ReadOnlyBooleanWrapper broadened = new ReadOnlyBooleanWrapper(this, "broadened");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyObjectWrapper<TimelineAxis> axis = new ReadOnlyObjectWrapper<>(this, "axis", TimelineAxis.EMPTY);
    private List<TimelineSentence> sentences = List.of();
    private boolean active;
    private boolean stale = true;
    private long generation;

    public TimelineViewModel(ArticleSearch search, ArticleStore articles, TaskExecutor executor, WindowState state) {
        this.search = search;
        this.articles = articles;
        this.executor = executor;
        this.state = state;
        state.onFilteredArticlesChange(this::invalidate);
    }

    public ObservableList<TimelineGrouping.Group> groups() {
        return readOnlyGroups;
    }

    /** The histogram's axis: every period from the first day to the last, empty ones included. */
    public ReadOnlyObjectProperty<TimelineAxis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineGrouping.Scale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** The scale in use ("auto" resolved). */
    public ReadOnlyObjectProperty<TimelineGrouping.Scale> shownScaleProperty() {
        return shownScale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty involvingOnlyProperty() {
        return involvingOnly.getReadOnlyProperty();
    }

    /** True when the filter names people (then "only sentences naming them" applies). */
    public ReadOnlyBooleanProperty peopleProperty() {
        return people.getReadOnlyProperty();
    }

    /**
     * True when no dated sentence names the chosen people, so the timeline shows every dated sentence
     * of their articles instead (e.g. "His comments came after…" names nobody).
     */
    public ReadOnlyBooleanProperty broadenedProperty() {
        return broadened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** How many dated sentences are on the timeline (a sentence naming two days counts once). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ArticleFilter filter() {
        return state.filter().get();
    }

    /** The view is shown (true) or hidden: the timeline loads only while it is shown. */
    public void onActive(boolean shown) {
        active = shown;
        if (active && stale) {
            reload();
        }
    }

    public void onScale(TimelineGrouping.Scale s) {
        scale.set(s == null ? TimelineGrouping.Scale.AUTO : s);
        regroup();
    }

    public void onInvolvingOnly(boolean only) {
        if (only != involvingOnly.get()) {
            involvingOnly.set(only);
            invalidate();
        }
    }

    /** Opens the sentence: selects its article and reveals the sentence in the reader. */
    public void onOpen(TimelineSentence s) {
        ArticleSummary current = state.getSelectedArticle();
        if (current != null && current.id() == s.articleId()) {
            state.reveal(s.articleId(), s.sentenceStart(), s.sentenceEnd());
            return;
        }
        executor.execute(BackgroundTask.of("Open article", ctx -> articles.find(s.articleId())).onSuccess(found -> found.ifPresent(a -> {
            state.selectArticle(new ArticleSummary(a.id(), a.title(), a.source(), a.published(), a.importedAt()));
            state.reveal(s.articleId(), s.sentenceStart(), s.sentenceEnd());
        })));
    }

    private void invalidate() {
        people.set(!state.filter().get().actorIds().isEmpty());
        stale = true;
        if (active) {
            reload();
        }
    }

    private void reload() {
        stale = false;
        long mine = ++generation;
        ArticleFilter f = state.filter().get();
        boolean only = involvingOnly.get();
        executor.execute(BackgroundTask.of("Timeline", ctx -> {
            List<TimelineEntry> list = search.timeline(f, only, LIMIT);
            boolean wider = list.isEmpty() && only && !f.actorIds().isEmpty();
            return new Loaded(wider ? search.timeline(f, false, LIMIT) : list, wider);
        }).onSuccess(loadedEntries -> {
            if (mine == generation) {
                List<TimelineSentence> list = TimelineSentence.merge(loadedEntries.entries());
                broadened.set(loadedEntries.broadened() && !list.isEmpty());
                sentences = list;
                count.set(list.size());
                loaded.set(true);
                regroup();
            }
        }));
    }

    private record Loaded(List<TimelineEntry> entries, boolean broadened) {
    }

    private void regroup() {
        shownScale.set(TimelineGrouping.resolve(scale.get(), sentences));
        axis.set(TimelineAxis.of(sentences, scale.get()));
        groups.setAll(TimelineGrouping.group(sentences, scale.get()));
    }
}
