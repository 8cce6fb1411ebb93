package org.newslens.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.newslens.net.FetchException;
import org.newslens.net.FetchRequest;
import org.newslens.net.FetchResponse;
import org.newslens.net.Fetcher;

/** Test scope only: a plain Fetcher over the JDK client for servers on 127.0.0.1 (the real one is net.HttpFetcher). */
public final class JdkTestFetcher implements Fetcher {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(10)).GET();
        if (request.etag() != null) b.header("If-None-Match", request.etag());
        if (request.lastModified() != null) b.header("If-Modified-Since", request.lastModified());
        if (request.accept() != null) b.header("Accept", request.accept());
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            int s = r.statusCode();
            if (s == 304 || s / 100 == 2) {
                return new FetchResponse(s, r.uri(), s == 304 ? new byte[0] : r.body(), r.headers().firstValue("Content-Type").orElse(null),
                        r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
            }
            throw new FetchException(FetchException.Kind.HTTP_STATUS, s, null, s + (s == 404 ? " Not Found" : s == 500 ? " Internal Server Error" : ""), null);
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, 0, null, "timed out", e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.NETWORK, 0, null, "network error: " + e.getMessage(), e);
        }
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
