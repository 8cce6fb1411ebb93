package org.newslens.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.newslens.app.Version;

/**
 * The {@link Fetcher} on the JDK's HTTP client, polite and defensive:
 * <ul>
 * <li>redirects followed here, at most {@link Builder#maxRedirects 5}, checked by the {@link AddressPolicy}
 * (http/https only, never https to http, never from a public host into a private network);</li>
 * <li>a connect timeout, and one deadline for the whole fetch that covers reading the body (time spent
 * waiting for a host's turn does not count);</li>
 * <li>gzip and deflate asked for and undone here, with the body cap applied after decompression;</li>
 * <li>conditional GET; a 304 is returned as {@link FetchResponse#notModified()};</li>
 * <li>one request at a time per host, a few in all; 429 and 503 make the host wait for its Retry-After
 * or Cache-Control max-age (a minute if it says neither, at most 4 hours), and until then requests to
 * it fail at once with {@link FetchException.Kind#BACKING_OFF};</li>
 * <li>an honest User-Agent; no cookies are kept.</li>
 * </ul>
 * Thread-safe; share one per application so that politeness holds across all its users.
 */
public final class HttpFetcher implements Fetcher {
    /** What we read of an error response before giving up on it (enough to keep the connection). */
    private static final long ERROR_BODY_CAP = 64 * 1024;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration deadline;
    private final long maxBody;
    private final int maxRedirects;
    private final Duration defaultBackOff;
    private final Duration maxBackOff;
    private final String userAgent;

    private HttpFetcher(Builder b) {
        this.policy = b.policy;
        this.clock = b.clock;
        this.connectTimeout = b.connectTimeout;
        this.deadline = b.deadline;
        this.maxBody = b.maxBodyBytes;
        this.maxRedirects = b.maxRedirects;
        this.defaultBackOff = b.defaultBackOff;
        this.maxBackOff = b.maxBackOff;
        this.userAgent = b.userAgent;
        this.gate = new HostGate(b.maxConnections, b.hostInterval, b.clock, b.sleeper);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(b.connectTimeout)
                .proxy(ProxySelector.getDefault())
                .build(); // no cookieHandler: nothing is kept between requests
    }

    /** The fetcher with the defaults: 10 s to connect, 30 s per fetch, 10 MiB, 5 redirects, 4 connections. */
    public static HttpFetcher standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "NewsLens/0.1.0 (desktop news reader; Java HttpClient)". */
    public static String defaultUserAgent() {
        return "NewsLens/" + Version.get() + " (desktop news reader; Java " + Runtime.version().feature() + " HttpClient)";
    }

    @Override
    public FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException {
        URI uri = withoutFragment(request.uri());
        AddressPolicy.Scope origin = policy.start(uri);
        Set<URI> seen = new HashSet<>();
        seen.add(uri);
        long budget = deadline.toNanos();
        long cap = request.maxBytes() > 0 ? Math.min(request.maxBytes(), maxBody) : maxBody;
        for (int redirects = 0; ; redirects++) {
            String host = hostKey(uri);
            gate.checkBackOff(host);
            HttpResponse<byte[]> response;
            gate.enter(host);
            long started = System.nanoTime();
            try {
                gate.checkBackOff(host); // another request may have been told to wait while we queued
                response = exchange(uri, request, budget, cap);
            } finally {
                budget -= System.nanoTime() - started;
                gate.leave(host);
            }
            int status = response.statusCode();
            HttpHeaders h = response.headers();
            if (status >= 200 && status < 300) {
                return new FetchResponse(status, uri, decode(response, cap), header(h, "Content-Type"),
                        header(h, "ETag"), header(h, "Last-Modified"));
            }
            if (status == 304) {
                String etag = header(h, "ETag");
                String modified = header(h, "Last-Modified");
                return new FetchResponse(304, uri, new byte[0], header(h, "Content-Type"),
                        etag != null ? etag : request.etag(), modified != null ? modified : request.lastModified());
            }
            if (REDIRECTS.contains(status) && header(h, "Location") != null) {
                if (redirects >= maxRedirects) {
                    throw fail(FetchException.Kind.REDIRECT_REFUSED, status, "too many redirects");
                }
                URI next = resolve(uri, header(h, "Location"), status);
                policy.checkRedirect(uri, next, origin);
                if (!seen.add(next)) {
                    throw fail(FetchException.Kind.REDIRECT_REFUSED, status, "redirect loop");
                }
                uri = next;
                continue;
            }
            Instant retry = null;
            if (status == 429 || status == 503) {
                Duration wait = RetryAfter.parse(header(h, "Retry-After"), header(h, "Cache-Control"), clock.instant())
                        .orElse(defaultBackOff);
                if (wait.compareTo(maxBackOff) > 0) {
                    wait = maxBackOff;
                }
                if (!wait.isZero()) {
                    retry = clock.instant().plus(wait);
                    gate.backOff(host, retry);
                }
            }
            String reason = REDIRECTS.contains(status) ? Reasons.status(status) + " without a Location" : Reasons.status(status);
            throw new FetchException(FetchException.Kind.HTTP_STATUS, status, retry, reason, null);
        }
    }

    /** One request and its body (at most {@code cap} bytes after decompression), within {@code budgetNanos}. */
    private HttpResponse<byte[]> exchange(URI uri, FetchRequest request, long budgetNanos, long cap) throws FetchException, InterruptedException {
        if (budgetNanos <= 0) {
            throw timedOut();
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofNanos(budgetNanos))
                .header("User-Agent", userAgent)
                .header("Accept", request.accept() != null ? request.accept() : "*/*")
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            rb.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain http
        }
        if (request.etag() != null) {
            rb.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            rb.header("If-Modified-Since", request.lastModified());
        }
        AtomicReference<CappedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
            OptionalLong length = info.headers().firstValueAsLong("Content-Length");
            CappedBody b = wanted && length.isPresent() && length.getAsLong() > cap
                    ? CappedBody.refused()
                    : new CappedBody(wanted ? cap : ERROR_BODY_CAP, wanted);
            body.set(b);
            return b;
        };
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(rb.build(), handler);
        } catch (IllegalArgumentException e) {
            throw fail(FetchException.Kind.SCHEME_REFUSED, 0, "not a valid web address");
        }
        try {
            return future.get(budgetNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(future, body);
            throw timedOut();
        } catch (InterruptedException e) {
            abort(future, body);
            throw e;
        } catch (CancellationException e) {
            throw new FetchException(FetchException.Kind.NETWORK, 0, null, "cancelled", e);
        } catch (ExecutionException e) {
            abort(future, body);
            throw network(e.getCause(), uri, cap);
        }
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBody> body) {
        CappedBody b = body.get();
        if (b != null) {
            b.abort();
        }
        future.cancel(true);
    }

    private byte[] decode(HttpResponse<byte[]> response, long cap) throws FetchException {
        try {
            return BodyDecoding.decode(response.body(), header(response.headers(), "Content-Encoding"), cap);
        } catch (BodyDecoding.TooLarge e) {
            throw tooLarge(cap);
        } catch (BodyDecoding.Undecodable e) {
            throw fail(FetchException.Kind.NETWORK, response.statusCode(), e.getMessage());
        }
    }

    private FetchException network(Throwable cause, URI uri, long cap) {
        Throwable c = cause;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof CappedBody.TooLarge) {
            return tooLarge(cap);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, 0, null,
                    "could not connect within " + Reasons.duration(connectTimeout), c);
        }
        if (c instanceof HttpTimeoutException) {
            return new FetchException(FetchException.Kind.TIMEOUT, 0, null, timedOut().reason(), c);
        }
        String reason;
        if (c instanceof ConnectException) {
            reason = "could not connect to " + uri.getHost();
        } else if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
            reason = "unknown host " + uri.getHost();
        } else if (c instanceof SSLException) {
            reason = "secure connection to " + uri.getHost() + " failed";
        } else if (c instanceof IOException && cutShort(c.getMessage())) {
            reason = "connection closed before the end of the response";
        } else if (c instanceof IOException && c.getMessage() != null && c.getMessage().toLowerCase(Locale.ROOT).contains("reset")) {
            reason = "connection reset by " + uri.getHost();
        } else {
            String m = c == null || c.getMessage() == null || c.getMessage().isBlank()
                    ? (c == null ? "unknown" : c.getClass().getSimpleName()) : c.getMessage().lines().findFirst().orElse("");
            reason = "network error: " + m;
        }
        return new FetchException(FetchException.Kind.NETWORK, 0, null, reason, c);
    }

    /** The JDK client's words for a response that stopped before its end. */
    private static boolean cutShort(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return m.contains("eof") || m.contains("content-length") || m.contains("connection closed");
    }

    private FetchException timedOut() {
        return fail(FetchException.Kind.TIMEOUT, 0, "timed out after " + Reasons.duration(deadline));
    }

    private static FetchException tooLarge(long cap) {
        return fail(FetchException.Kind.TOO_LARGE, 0, "response over " + Reasons.size(cap));
    }

    private static FetchException fail(FetchException.Kind kind, int status, String reason) {
        return new FetchException(kind, status, null, reason, null);
    }

    private static URI resolve(URI base, String location, int status) throws FetchException {
        try {
            return withoutFragment(base.resolve(new URI(location.strip().replace(" ", "%20"))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw fail(FetchException.Kind.REDIRECT_REFUSED, status, "redirect to an invalid address refused");
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** Host and port: the unit of politeness. */
    static String hostKey(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String header(HttpHeaders h, String name) {
        Optional<String> v = h.firstValue(name);
        return v.filter(s -> !s.isBlank()).orElse(null);
    }

    /** Settings; the defaults are the ones of {@link #standard()}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration deadline = Duration.ofSeconds(30);
        private long maxBodyBytes = 10L * 1024 * 1024;
        private int maxRedirects = 5;
        private int maxConnections = 4;
        private Duration hostInterval = Duration.ZERO;
        private Duration defaultBackOff = Duration.ofMinutes(1);
        private Duration maxBackOff = Duration.ofHours(4);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private AddressPolicy policy = AddressPolicy.system();
        private String userAgent = defaultUserAgent();

        private Builder() {
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d);
            return this;
        }

        /** The whole fetch, redirects and body included. */
        public Builder deadline(Duration d) {
            this.deadline = positive(d);
            return this;
        }

        /** The most a body may weigh after decompression. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the body cap must be positive");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        public Builder maxRedirects(int n) {
            this.maxRedirects = Math.max(0, n);
            return this;
        }

        /** Requests in flight at once, over all hosts (one per host in any case). */
        public Builder maxConnections(int n) {
            this.maxConnections = Math.max(1, n);
            return this;
        }

        /** The least time between the end of a request to a host and the start of the next (default none). */
        public Builder hostInterval(Duration d) {
            this.hostInterval = d.isNegative() ? Duration.ZERO : d;
            return this;
        }

        /** The wait after a 429 or 503 that names none. */
        public Builder defaultBackOff(Duration d) {
            this.defaultBackOff = d.isNegative() ? Duration.ZERO : d;
            return this;
        }

        /** The longest wait a host may ask for. */
        public Builder maxBackOff(Duration d) {
            this.maxBackOff = d.isNegative() ? Duration.ZERO : d;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        public Builder addressPolicy(AddressPolicy p) {
            this.policy = p;
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = ua;
            return this;
        }

        public HttpFetcher build() {
            return new HttpFetcher(this);
        }

        private static Duration positive(Duration d) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("a timeout must be positive");
            }
            return d;
        }
    }
}
