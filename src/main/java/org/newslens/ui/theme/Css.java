package org.newslens.ui.theme;

/** Style classes of {@code newslens.css}: views use these, never string literals. */
public final class Css {
    public static final String STYLESHEET = "/org/newslens/ui/newslens.css";
    /** For ControlsFX's suggestion popups, on the popup's list (see {@link PersonSuggestions}). */
    public static final String AUTOCOMPLETE_STYLESHEET = "/org/newslens/ui/autocomplete.css";

    public static final String ROOT = "newslens";
    public static final String PANE_HEADER = "pane-header";
    public static final String PANE_TITLE = "pane-title";
    public static final String MUTED = "muted";

    public static final String ARTICLE_LIST = "article-list";
    public static final String ARTICLE_CELL = "article-cell";
    public static final String ARTICLE_CELL_TITLE = "article-cell-title";
    public static final String ARTICLE_CELL_META = "article-cell-meta";
    public static final String ARTICLE_CELL_SNIPPET = "article-cell-snippet";
    public static final String SNIPPET_TEXT = "snippet-text";
    public static final String SNIPPET_MATCH = "snippet-match";

    /** Highlighted mentions in the reader: one base class and one per kind. */
    public static final String MENTION = "mention";
    public static final String MENTION_PERSON = "mention-person";
    public static final String MENTION_ORGANISATION = "mention-organisation";
    public static final String MENTION_PLACE = "mention-place";
    public static final String MENTION_DATE = "mention-date";
    public static final String READER_RUN = "reader-run";
    /** A run of the reader's text that the search words matched. */
    public static final String SEARCH_MATCH = "search-match";
    public static final String MENTION_BACKDROP = "mention-backdrop";
    public static final String MENTION_TOOLTIP = "mention-tooltip";
    /** On the window's root in the dark theme, for our own palette's dark values. */
    public static final String DARK = "dark";
    public static final String FLASH = "flash";
    public static final String SELECTED_ACTOR = "selected-actor";

    public static final String FILTER_BAR = "filter-bar";
    public static final String FILTER_ROW = "filter-row";
    public static final String FILTER_CHIP = "filter-chip";
    public static final String FILTER_CHIP_CLOSE = "filter-chip-close";
    public static final String FILTER_LABEL = "filter-label";
    public static final String FILTER_COUNT = "filter-count";
    public static final String APPEARS_WITH = "appears-with";
    public static final String APPEARS_WITH_ITEM = "appears-with-item";

    public static final String SIDEBAR_ITEM_SENTENCE = "sidebar-item-sentence";

    public static final String TIMELINE = "timeline";
    public static final String TIMELINE_GROUP = "timeline-group";
    public static final String TIMELINE_GROUP_BAR = "timeline-group-bar";
    public static final String TIMELINE_CHART = "timeline-chart";
    public static final String TIMELINE_AXIS = "timeline-axis";
    public static final String TIMELINE_SLOT = "timeline-slot";
    public static final String TIMELINE_SLOT_EMPTY = "timeline-slot-empty";
    public static final String TIMELINE_TICK = "timeline-tick";
    public static final String TIMELINE_TICK_LABEL = "timeline-tick-label";
    public static final String TIMELINE_DATE_CHIP = "timeline-date-chip";
    public static final String TIMELINE_ENTRY = "timeline-entry";
    public static final String TIMELINE_DATE = "timeline-date";
    public static final String TIMELINE_SENTENCE = "timeline-sentence";
    public static final String TIMELINE_PEOPLE = "timeline-people";
    public static final String TIMELINE_ARTICLE = "timeline-article";

    public static final String SHORTCUT_KEY = "shortcut-key";
    public static final String SHORTCUT_HELP = "shortcut-help";

    public static final String READER = "reader";
    public static final String READER_COLUMN = "reader-column";
    public static final String READER_SOURCE = "reader-source";
    public static final String READER_TITLE = "reader-title";
    public static final String READER_DATE = "reader-date";
    public static final String READER_DATE_LINK = "reader-date-link";
    public static final String READER_RULE = "reader-rule";
    public static final String READER_BODY = "reader-body";
    public static final String READER_PARAGRAPH = "reader-paragraph";
    /** Blocks of an article's structure; a heading also gets {@code reader-heading-1} … {@code -6}. */
    public static final String READER_HEADING = "reader-heading";
    public static final String READER_LIST_ITEM = "reader-list-item";
    public static final String READER_MARKER = "reader-marker";
    public static final String READER_QUOTE = "reader-quote";
    public static final String READER_QUOTE_RULE = "reader-quote-rule";
    public static final String READER_PRE = "reader-pre";
    public static final String READER_LINK = "reader-link";
    public static final String READER_IMAGE = "reader-image";
    public static final String READER_IMAGE_LABEL = "reader-image-label";
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
    public static final String REANALYSE_BAR = "reanalyse-bar";
    public static final String IMPORT_BANNER_TITLE = "import-banner-title";
    public static final String IMPORT_BANNER_LINE = "import-banner-line";
    public static final String DROP_HINT = "drop-hint";
    public static final String DROP_HINT_LABEL = "drop-hint-label";

    private Css() {
    }
}
