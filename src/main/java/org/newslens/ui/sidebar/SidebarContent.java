package org.newslens.ui.sidebar;

import java.util.List;
import java.util.Map;

/**
 * Where the sidebar's items come from: called off the UI thread with the selected article's id.
 * Sections left out of the map are shown empty. Extraction plugs in here; until then {@link #NONE}.
 */
@FunctionalInterface
public interface SidebarContent {
    SidebarContent NONE = articleId -> Map.of();

    Map<SidebarSection, List<SidebarItem>> itemsFor(long articleId) throws Exception;
}
