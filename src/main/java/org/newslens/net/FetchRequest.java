package org.newslens.net;

import java.net.URI;
import java.util.Objects;

/**
 * One GET. {@code etag} and {@code lastModified} (from an earlier response) make it conditional;
 * {@code accept} is the Accept header (null: any); {@code maxBytes} caps this body below the
 * fetcher's own cap (0: the fetcher's cap), e.g. for images.
 */
public record FetchRequest(URI uri, String etag, String lastModified, String accept, long maxBytes) {
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a body cap cannot be negative");
        }
    }

    public FetchRequest(URI uri, String etag, String lastModified, String accept) {
        this(uri, etag, lastModified, accept, 0);
    }

    public static FetchRequest get(URI uri) {
        return new FetchRequest(uri, null, null, null);
    }
}
