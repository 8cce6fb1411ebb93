package org.newslens.net;

import java.net.URI;

/**
 * A response that ended the fetch: 2xx with its (decompressed, capped) body, or 304 Not Modified
 * with an empty body.
 *
 * @param finalUri    the address after redirects: relative links resolve against it
 * @param contentType the Content-Type header as sent (with any charset parameter), or null
 * @param etag        ETag to send next time, or null
 * @param lastModified Last-Modified to send next time, or null
 */
public record FetchResponse(int status, URI finalUri, byte[] body, String contentType, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }
}
