package org.newslens.feeds;

import org.newslens.net.Fetcher;

/** The one place the app (window and command line) gets its network client. */
public final class Fetchers {
    private Fetchers() {
    }

    private static volatile Fetcher shared;

    /**
     * The polite HTTP client, {@code net.HttpFetcher} (timeouts, body cap, redirects, per-host limits):
     * one per process, so that its per-host politeness holds across pages, feeds and images.
     */
    public static Fetcher system() {
        Fetcher f = shared;
        if (f == null) {
            synchronized (Fetchers.class) {
                if (shared == null) shared = org.newslens.net.HttpFetcher.standard();
                f = shared;
            }
        }
        return f;
    }
}
