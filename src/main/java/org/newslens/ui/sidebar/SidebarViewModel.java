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
import org.newslens.ui.state.WindowState;

/**
 * The sidebar: for each section a list of items about the selected article, loaded in the
 * background from a {@link SidebarContent}. The view observes the lists; it never changes them.
 */
public final class SidebarViewModel {
    private final SidebarContent content;
    private final TaskExecutor executor;
    private final Map<SidebarSection, ObservableList<SidebarItem>> items = new EnumMap<>(SidebarSection.class);
    private final Map<SidebarSection, ObservableList<SidebarItem>> readOnly = new EnumMap<>(SidebarSection.class);
    private ArticleSummary showing;
    private TaskHandle loadingTask;

    public SidebarViewModel(SidebarContent content, TaskExecutor executor, WindowState state) {
        this.content = content;
        this.executor = executor;
        for (SidebarSection s : SidebarSection.values()) {
            ObservableList<SidebarItem> list = FXCollections.observableArrayList();
            items.put(s, list);
            readOnly.put(s, FXCollections.unmodifiableObservableList(list));
        }
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        show(state.getSelectedArticle());
    }

    public ObservableList<SidebarItem> items(SidebarSection section) {
        return readOnly.get(section);
    }

    private void show(ArticleSummary article) {
        if (loadingTask != null) {
            loadingTask.cancel();
            loadingTask = null;
        }
        showing = article;
        items.values().forEach(List::clear);
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
    }
}
