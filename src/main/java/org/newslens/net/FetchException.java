package org.newslens.net;

import java.time.Instant;

/**
 * A fetch that did not give a usable response. {@code status} is the HTTP status when there was
 * one (404, 429, 503...), else 0; {@code retryAfter} is when the host may be asked again, if it
 * said so (Retry-After) or the fetcher decided to back off; {@code kind} lets callers and the
 * window word it their own way.
 */
public final class FetchException extends Exception {
    public enum Kind { HTTP_STATUS, TIMEOUT, TOO_LARGE, REDIRECT_REFUSED, ADDRESS_REFUSED, SCHEME_REFUSED, NETWORK, BACKING_OFF }

    private final Kind kind;
    private final int status;
    private final Instant retryAfter;

    public FetchException(Kind kind, int status, Instant retryAfter, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() { return kind; }

    public int status() { return status; }

    /** When the host may be asked again, or null. */
    public Instant retryAfter() { return retryAfter; }

    /** One line for the user: "404 Not Found", "timed out after 30 s", "body over 10 MiB". */
    public String reason() { return getMessage(); }
}
