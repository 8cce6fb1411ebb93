package org.newslens.ui.theme;

/** Style classes of {@code newslens.css}: views use these, never string literals. */
public final class Css {
    public static final String STYLESHEET = "/org/newslens/ui/newslens.css";

    public static final String ROOT = "newslens";
    public static final String PANE_HEADER = "pane-header";
    public static final String PANE_TITLE = "pane-title";
    public static final String MUTED = "muted";

    public static final String ARTICLE_LIST = "article-list";
    public static final String ARTICLE_CELL = "article-cell";
    public static final String ARTICLE_CELL_TITLE = "article-cell-title";
    public static final String ARTICLE_CELL_META = "article-cell-meta";

    public static final String READER = "reader";
    public static final String READER_COLUMN = "reader-column";
    public static final String READER_SOURCE = "reader-source";
    public static final String READER_TITLE = "reader-title";
    public static final String READER_DATE = "reader-date";
    public static final String READER_RULE = "reader-rule";
    public static final String READER_BODY = "reader-body";
    public static final String READER_PARAGRAPH = "reader-paragraph";
    public static final String READER_NOTE = "reader-note";
    public static final String READER_FOOTER = "reader-footer";

    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_STATE_TITLE = "empty-state-title";
    public static final String EMPTY_STATE_TEXT = "empty-state-text";

    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_SECTION = "sidebar-section";
    public static final String SIDEBAR_HEADER = "sidebar-header";
    public static final String SIDEBAR_COUNT = "sidebar-count";
    public static final String SIDEBAR_ITEM = "sidebar-item";
    public static final String SIDEBAR_ITEM_NAME = "sidebar-item-name";
    public static final String SIDEBAR_ITEM_DETAIL = "sidebar-item-detail";
    public static final String SIDEBAR_PLACEHOLDER = "sidebar-placeholder";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_TEXT = "status-text";
    public static final String IMPORT_BANNER = "import-banner";
    public static final String IMPORT_BANNER_TITLE = "import-banner-title";
    public static final String IMPORT_BANNER_LINE = "import-banner-line";
    public static final String DROP_HINT = "drop-hint";
    public static final String DROP_HINT_LABEL = "drop-hint-label";

    private Css() {
    }
}
