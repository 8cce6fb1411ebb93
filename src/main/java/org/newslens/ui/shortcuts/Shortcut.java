package org.newslens.ui.shortcuts;

/**
 * The window's own keyboard shortcuts (bound by {@link KeyboardShortcuts}), as the help lists them.
 * Single keys never fire while typing. The menus' accelerators are the rest; the help lists both.
 */
public enum Shortcut {
    NEXT("j  or  ↓", "Next article"),
    PREVIOUS("k  or  ↑", "Previous article"),
    PAGE_DOWN("Space", "Page down in the article"),
    SEARCH("/", "Search the articles"),
    PERSON("p", "Filter by a person…"),
    CLEAR("Esc", "Clear the filter"),
    TIMELINE("t", "Switch between the article and the timeline"),
    TOGGLE_READ("m", "Mark the article read or unread"),
    TOGGLE_STAR("s", "Star or unstar the article"),
    HELP("?", "Show these shortcuts"),
    TOGGLE_LIST("[", "Hide or show the article list and the sources"),
    TOGGLE_SIDEBAR("]", "Hide or show the sidebar"),
    REMOVE("Delete", "Remove the selected article…"),
    UNDO("Ctrl  Z", "Undo the last removal"),
    PASTE_URL("Ctrl  V", "Open the web address on the clipboard (outside a text field)");

    private final String keys;
    private final String description;

    Shortcut(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    public String keys() {
        return keys;
    }

    public String description() {
        return description;
    }
}
