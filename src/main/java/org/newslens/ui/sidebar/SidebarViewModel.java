package org.newslens.ui.sidebar;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.ArticleSummary;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.newslens.model.ActorRef;
import org.newslens.ui.actors.ActorChooserViewModel;
import org.newslens.ui.actors.ActorCorrections;
import org.newslens.ui.state.WindowState;

/**
 * The sidebar: for each section a list of items about the selected article, loaded in the
 * background from a {@link SidebarContent}. The view observes the lists; it never changes them.
 * Clicking an item selects its actor or reveals its place in the reader; an actor can be added to
 * the filter and corrected (rename, merge, hide).
 */
public final class SidebarViewModel {
    private final SidebarContent content;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ActorCorrections corrections;
    private final Map<SidebarSection, ObservableList<SidebarItem>> items = new EnumMap<>(SidebarSection.class);
    private final Map<SidebarSection, ObservableList<SidebarItem>> readOnly = new EnumMap<>(SidebarSection.class);
    private ArticleSummary showing;
    private TaskHandle loadingTask;
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loaded");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Long> articleId =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "articleId");

    public SidebarViewModel(SidebarContent content, TaskExecutor executor, WindowState state, ActorCorrections corrections) {
        this.content = content;
        this.executor = executor;
        this.state = state;
        this.corrections = corrections;
        for (SidebarSection s : SidebarSection.values()) {
            ObservableList<SidebarItem> list = FXCollections.observableArrayList();
            items.put(s, list);
            readOnly.put(s, FXCollections.unmodifiableObservableList(list));
        }
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        state.libraryRevisionProperty().addListener((obs, old, now) -> show(showing));
        show(state.getSelectedArticle());
    }

    /** The actor selected in the window, or null. */
    public ReadOnlyObjectProperty<Long> selectedActorProperty() {
        return state.selectedActorProperty();
    }

    /** The date selected in the window (by label), or null. */
    public ReadOnlyObjectProperty<String> selectedDateProperty() {
        return state.selectedDateProperty();
    }

    /** Whether the window's selection is this item (an actor by id, a date by label). */
    public boolean isSelected(SidebarSection section, SidebarItem item) {
        Long actor = state.selectedActorProperty().get();
        if (item.isActor()) {
            return actor != null && actor == item.actorId();
        }
        return section == SidebarSection.DATES && item.name().equals(state.selectedDateProperty().get());
    }

    /** Why the last correction was refused, or "". */
    public ReadOnlyStringProperty correctionErrorProperty() {
        return corrections.errorProperty();
    }

    /** A click: an actor becomes the selected actor; its first mention, a date or a quote is revealed in the reader. */
    public void onActivate(SidebarSection section, SidebarItem item) {
        if (item.isActor()) {
            state.selectActor(item.actorId());
        } else if (section == SidebarSection.DATES) {
            state.selectDate(item.name());
        }
        if (item.hasPlace() && showing != null) {
            state.reveal(showing.id(), item.start(), item.end());
        }
    }

    /** Adds the item's actor to the filter: the list then shows only articles that mention it too. */
    public void onFilterBy(SidebarItem item) {
        if (item.isActor()) {
            state.selectActor(item.actorId());
            state.filter().addPerson(item.actorId(), item.name());
        }
    }

    public boolean isInFilter(SidebarItem item) {
        return state.filter().contains(item.actorId());
    }

    public void onRemoveFromFilter(SidebarItem item) {
        state.filter().removePerson(item.actorId());
    }

    public void onRename(SidebarItem item, String newName) {
        if (item.isActor() && newName != null && !newName.isBlank() && !newName.strip().equals(item.name())) {
            corrections.onRename(item.actorId(), newName);
        }
    }

    public void onMerge(SidebarItem item, ActorRef into) {
        if (item.isActor() && into != null) {
            corrections.onMerge(item.actorId(), into.id(), into.name());
        }
    }

    public void onHide(SidebarItem item) {
        if (item.isActor()) {
            corrections.onHide(item.actorId());
        }
    }

    /** Whether the item's actor is watched (the sources pane lists it). */
    public boolean isWatched(SidebarItem item) {
        return item.isActor() && corrections.isWatched(item.actorId());
    }

    /** Watches the item's actor, or stops watching it. */
    public void onWatch(SidebarItem item, boolean watch) {
        if (item.isActor()) {
            corrections.onWatch(item.actorId(), watch);
        }
    }

    /** The targets "Merge into…" offers: the library's other actors of the item's type. */
    public ActorChooserViewModel mergeTargets(SidebarItem item) {
        return new ActorChooserViewModel(corrections.store(), executor, item.type(), item.actorId());
    }

    /** True once the open article's analysis is loaded: an empty section then means "none", not "not yet". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The article the sidebar is about (a new one starts the sidebar at the top), or null. */
    public ReadOnlyObjectProperty<Long> articleIdProperty() {
        return articleId.getReadOnlyProperty();
    }

    public ObservableList<SidebarItem> items(SidebarSection section) {
        return readOnly.get(section);
    }

    private void show(ArticleSummary article) {
        if (loadingTask != null) {
            loadingTask.cancel();
            loadingTask = null;
        }
        boolean same = showing != null && article != null && showing.id() == article.id();
        showing = article;
        if (!same) {
            items.values().forEach(List::clear);
            loaded.set(false);
            articleId.set(article == null ? null : article.id());
        }
        if (article == null) {
            return;
        }
        loadingTask = executor.execute(BackgroundTask.of("Sidebar", ctx -> content.itemsFor(article.id()))
                .onSuccess(found -> {
                    if (showing == article) {
                        apply(found);
                    }
                })
                .onFailure(e -> {
                    if (showing == article) {
                        items.values().forEach(List::clear);
                    }
                }));
    }

    private void apply(Map<SidebarSection, List<SidebarItem>> found) {
        for (SidebarSection s : SidebarSection.values()) {
            items.get(s).setAll(found.getOrDefault(s, List.of()));
        }
        loaded.set(true);
    }
}
