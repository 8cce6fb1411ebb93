package org.newslens.cli;

import org.newslens.net.Fetcher;

/** The command line's way onto the network: one polite fetcher; tests swap in one of their own. */
final class Network {
    /** Replaced in tests. */
    static Fetcher fetcher = null;

    private Network() {
    }

    static Fetcher fetcher() {
        if (fetcher != null) return fetcher;
        try {
            // net.HttpFetcher (the polite client: timeouts, caps, redirects, per-host limits) is built beside this
            // feature; until both are merged, look it up by name so that this branch compiles on its own.
            return (Fetcher) Class.forName("org.newslens.net.HttpFetcher").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this build has no network client (org.newslens.net.HttpFetcher)", e);
        }
    }
}
