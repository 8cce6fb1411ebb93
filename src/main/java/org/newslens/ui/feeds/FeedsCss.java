package org.newslens.ui.feeds;

/** Style classes of {@code feeds.css}, the feeds feature's own stylesheet on top of {@code newslens.css}. */
public final class FeedsCss {
    public static final String STYLESHEET = "/org/newslens/ui/feeds/feeds.css";

    public static final String FORM_ERROR = "subscribe-error";

    private FeedsCss() {
    }
}
