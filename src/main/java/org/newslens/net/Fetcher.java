package org.newslens.net;

/**
 * Fetches one URL politely (see {@link HttpFetcher}). Feeds, web pages and images all go through
 * it; tests of code that fetches use a fake or a local server on 127.0.0.1.
 */
public interface Fetcher {
    /**
     * @return the final response after redirects (2xx or 304)
     * @throws FetchException for any other outcome: an HTTP error status, a refused redirect or
     *                        address, a body over the cap, a timeout, a network failure; its
     *                        {@link FetchException#reason()} is a one-line reason for the user
     */
    FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException;
}
