package org.newslens.net;

import java.net.URI;
import java.util.Objects;

/**
 * One GET. {@code etag} and {@code lastModified} (from an earlier response) make it conditional;
 * {@code accept} is the Accept header (null: any).
 */
public record FetchRequest(URI uri, String etag, String lastModified, String accept) {
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
    }

    public static FetchRequest get(URI uri) {
        return new FetchRequest(uri, null, null, null);
    }
}
