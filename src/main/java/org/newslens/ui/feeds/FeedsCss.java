package org.newslens.ui.feeds;

/** Style classes of {@code feeds.css}, the feeds feature's own stylesheet on top of {@code newslens.css}. */
public final class FeedsCss {
    public static final String STYLESHEET = "/org/newslens/ui/feeds/feeds.css";

    public static final String SOURCES = "sources-pane";
    public static final String SOURCE_TITLE = "source-title";
    public static final String SOURCE_COUNT = "source-count";
    public static final String SOURCE_ERROR = "source-error";
    public static final String FOLDER = "source-folder";
    public static final String FORM_ERROR = "subscribe-error";

    private FeedsCss() {
    }
}
