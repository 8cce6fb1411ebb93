package org.newslens.feeds;

import org.newslens.net.Fetcher;

/** The one place the app (window and command line) gets its network client. */
public final class Fetchers {
    private Fetchers() {
    }

    /**
     * The polite HTTP client, {@code net.HttpFetcher} (timeouts, body cap, redirects, per-host limits),
     * built beside this feature: until both are merged it is looked up by name so that this code compiles
     * on its own. Replace the body with {@code new HttpFetcher()} at merge.
     *
     * @throws IllegalStateException when this build has none
     */
    public static Fetcher system() {
        try {
            return (Fetcher) Class.forName("org.newslens.net.HttpFetcher").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this build has no network client (org.newslens.net.HttpFetcher)", e);
        }
    }
}
