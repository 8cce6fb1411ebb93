package org.newslens.cli;

import org.newslens.feeds.Fetchers;
import org.newslens.net.Fetcher;

/** The command line's way onto the network: the app's fetcher; tests swap in one of their own. */
final class Network {
    /** Replaced in tests. */
    static Fetcher fetcher = null;

    private Network() {
    }

    static Fetcher fetcher() {
        return fetcher != null ? fetcher : Fetchers.system();
    }
}
