package org.newslens.feeds;

/** A document that is not a usable feed or OPML; the message is one line for the user ("not a feed: an HTML page"). */
public final class FeedException extends Exception {
    public FeedException(String reason) {
        super(reason);
    }

    public FeedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
