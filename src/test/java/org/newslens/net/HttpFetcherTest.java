package org.newslens.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HttpFetcher} against a local server on 127.0.0.1. Timeouts are short so that the suite stays fast. */
class HttpFetcherTest {
    private static final Instant T0 = Instant.parse("2030-05-01T12:00:00Z");

    private TestServer server;
    private MutableClock clock;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        clock = new MutableClock(T0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher.Builder fetcher() {
        return HttpFetcher.builder().clock(clock).deadline(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(2));
    }

    private static FetchException failure(Fetcher f, URI uri) {
        return assertThrows(FetchException.class, () -> f.fetch(FetchRequest.get(uri)));
    }

    @Test
    void okResponseWithBodyContentTypeAndValidators() throws Exception {
        server.on("/page.html", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 01 May 2030 10:00:00 GMT");
            ex.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
            TestServer.send(ex, 200, "text/html; charset=utf-8", "<p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher().build();
        FetchRequest req = new FetchRequest(server.uri("/page.html"), null, null, "text/html");
        FetchResponse r = f.fetch(req);
        assertEquals(200, r.status());
        assertFalse(r.notModified());
        assertEquals("<p>Hello</p>", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", r.contentType());
        assertEquals("\"v1\"", r.etag());
        assertEquals("Wed, 01 May 2030 10:00:00 GMT", r.lastModified());
        assertEquals(server.uri("/page.html"), r.finalUri());

        TestServer.Seen first = server.last();
        assertTrue(first.header("User-Agent").startsWith("NewsLens/"), first.header("User-Agent"));
        assertEquals(HttpFetcher.defaultUserAgent(), first.header("User-Agent"));
        assertEquals("text/html", first.header("Accept"));
        assertTrue(first.header("Accept-Encoding").contains("gzip"));
        // The cookie set by the first response is not sent back.
        f.fetch(req);
        assertEquals(2, server.hits("/page.html"));
        assertNull(server.last().header("Cookie"));
    }

    @Test
    void conditionalGetReturnsNotModified() throws Exception {
        server.on("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", "\"abc\"");
            if ("\"abc\"".equals(inm)) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("Last-Modified", "Tue, 30 Apr 2030 08:00:00 GMT");
                TestServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        HttpFetcher f = fetcher().build();
        FetchResponse first = f.fetch(FetchRequest.get(server.uri("/feed")));
        assertEquals(200, first.status());
        FetchResponse again = f.fetch(new FetchRequest(server.uri("/feed"), first.etag(), first.lastModified(), null));
        assertTrue(again.notModified());
        assertEquals(0, again.body().length);
        assertEquals("\"abc\"", again.etag());
        // A 304 without Last-Modified keeps the one we sent.
        assertEquals("Tue, 30 Apr 2030 08:00:00 GMT", again.lastModified());
        assertEquals("Tue, 30 Apr 2030 08:00:00 GMT", server.last().header("If-Modified-Since"));
    }

    @Test
    void errorStatusesGiveShortReasons() throws Exception {
        server.text("/missing", 404, "text/html", "<h1>nope</h1>".repeat(10_000));
        server.text("/broken", 500, "text/plain", "stack trace");
        server.text("/odd", 599, "text/plain", "");
        HttpFetcher f = fetcher().build();
        FetchException e404 = failure(f, server.uri("/missing"));
        assertEquals(FetchException.Kind.HTTP_STATUS, e404.kind());
        assertEquals(404, e404.status());
        assertEquals("404 Not Found", e404.reason());
        assertNull(e404.retryAfter());
        assertEquals("500 Internal Server Error", failure(f, server.uri("/broken")).reason());
        assertEquals("HTTP 599", failure(f, server.uri("/odd")).reason());
    }

    @Test
    void tooManyRequestsBacksOffTheHostWithoutTouchingTheNetwork() throws Exception {
        server.on("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        server.text("/other", 200, "text/plain", "fine");
        HttpFetcher f = fetcher().build();
        FetchException first = failure(f, server.uri("/busy"));
        assertEquals(FetchException.Kind.HTTP_STATUS, first.kind());
        assertEquals("429 Too Many Requests", first.reason());
        assertEquals(T0.plusSeconds(120), first.retryAfter());

        // Any path on that host now fails at once.
        FetchException waiting = failure(f, server.uri("/other"));
        assertEquals(FetchException.Kind.BACKING_OFF, waiting.kind());
        assertEquals(T0.plusSeconds(120), waiting.retryAfter());
        assertEquals("127.0.0.1 asked to wait until 12:02 UTC", waiting.reason());
        assertEquals(FetchException.Kind.BACKING_OFF, failure(f, server.uri("/busy")).kind());
        assertEquals(1, server.seen().size(), "no second request reached the server");

        clock.advance(Duration.ofSeconds(121));
        assertEquals("fine", new String(f.fetch(FetchRequest.get(server.uri("/other"))).body(), StandardCharsets.UTF_8));
    }

    @Test
    void unavailableHonoursAnHttpDateCappedAtFourHoursAndMaxAge() throws Exception {
        String tenHoursLater = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plus(Duration.ofHours(10)).atOffset(ZoneOffset.UTC));
        server.on("/down", ex -> {
            ex.getResponseHeaders().set("Retry-After", tenHoursLater);
            TestServer.send(ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });
        FetchException capped = failure(fetcher().build(), server.uri("/down"));
        assertEquals(503, capped.status());
        assertEquals("503 Service Unavailable", capped.reason());
        assertEquals(T0.plus(Duration.ofHours(4)), capped.retryAfter());

        try (TestServer other = new TestServer()) {
            other.on("/down", ex -> {
                ex.getResponseHeaders().set("Cache-Control", "public, max-age=600");
                TestServer.send(ex, 503, "text/plain", "later".getBytes(StandardCharsets.UTF_8));
            });
            assertEquals(T0.plusSeconds(600), failure(fetcher().build(), other.uri("/down")).retryAfter());
        }
    }

    @Test
    void redirectChainOfFiveIsFollowedASixthIsRefused() throws Exception {
        for (int i = 1; i <= 6; i++) {
            String next = i == 1 ? "/end" : "/r" + (i - 1);
            int status = new int[] {301, 302, 303, 307, 308}[i % 5];
            server.on("/r" + i, ex -> TestServer.redirect(ex, status, next));
        }
        server.text("/end", 200, "text/plain", "arrived");
        HttpFetcher f = fetcher().build();
        FetchResponse r = f.fetch(FetchRequest.get(server.uri("/r5")));
        assertEquals("arrived", new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(server.uri("/end"), r.finalUri());

        FetchException six = failure(f, server.uri("/r6"));
        assertEquals(FetchException.Kind.REDIRECT_REFUSED, six.kind());
        assertEquals("too many redirects", six.reason());
    }

    @Test
    void redirectLoopAndOtherSchemesAreRefused() throws Exception {
        server.on("/a", ex -> TestServer.redirect(ex, 302, "/b"));
        server.on("/b", ex -> TestServer.redirect(ex, 302, server.uri("/a").toString()));
        server.on("/ftp", ex -> TestServer.redirect(ex, 301, "ftp://files.example/secret"));
        server.on("/file", ex -> TestServer.redirect(ex, 302, "file:///etc/passwd"));
        server.on("/nolocation", ex -> ex.sendResponseHeaders(302, -1));
        HttpFetcher f = fetcher().build();
        FetchException loop = failure(f, server.uri("/a"));
        assertEquals(FetchException.Kind.REDIRECT_REFUSED, loop.kind());
        assertEquals("redirect loop", loop.reason());
        assertEquals(1, server.hits("/a"), "the loop is stopped when it comes back, not after five turns");

        FetchException ftp = failure(f, server.uri("/ftp"));
        assertEquals(FetchException.Kind.SCHEME_REFUSED, ftp.kind());
        assertEquals("redirect to a ftp: address refused", ftp.reason());
        assertEquals(FetchException.Kind.SCHEME_REFUSED, failure(f, server.uri("/file")).kind());
        assertEquals("302 Found without a Location", failure(f, server.uri("/nolocation")).reason());

        FetchException direct = failure(f, URI.create("file:///etc/passwd"));
        assertEquals(FetchException.Kind.SCHEME_REFUSED, direct.kind());
        assertEquals("only http and https addresses can be opened", direct.reason());
    }

    @Test
    void aPublicHostCannotRedirectIntoLoopback() throws Exception {
        // "localhost" is the server, but the policy's resolver says it is a public host: the redirect
        // to the loopback literal must then be refused before any request is sent there.
        InetAddress loopback = InetAddress.getByName("localhost");
        try (TestServer named = new TestServer(loopback)) {
            URI literal = named.uri("/internal");
            named.on("/start", ex -> TestServer.redirect(ex, 302, literal.toString()));
            named.text("/internal", 200, "text/plain", "secret");
            AddressPolicy publicLocalhost = new AddressPolicy(host -> new InetAddress[] {InetAddress.getByName("203.0.113.7")});
            HttpFetcher f = fetcher().addressPolicy(publicLocalhost).build();
            FetchException e = failure(f, URI.create("http://localhost:" + named.port() + "/start"));
            assertEquals(FetchException.Kind.ADDRESS_REFUSED, e.kind());
            assertEquals("address " + loopback.getHostAddress() + " refused (loopback)", e.reason());
            assertEquals(0, named.hits("/internal"));
            // With the real resolver, a fetch that starts on loopback may stay there.
            assertEquals("secret", new String(fetcher().build().fetch(FetchRequest.get(URI.create("http://localhost:" + named.port() + "/start")))
                    .body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSlowBodyHitsTheDeadline() throws Exception {
        server.on("/slow", ex -> {
            ex.sendResponseHeaders(200, 200);
            OutputStream out = ex.getResponseBody();
            try {
                for (int i = 0; i < 200; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (InterruptedException | IOException e) {
                // the client went away: expected
            }
        });
        HttpFetcher f = fetcher().deadline(Duration.ofMillis(400)).build();
        long t = System.nanoTime();
        FetchException e = failure(f, server.uri("/slow"));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertEquals("timed out after 400 ms", e.reason());
        assertTrue(ms < 5_000, "stopped at the deadline, not after the 10 s body: " + ms + " ms");
    }

    @Test
    void slowHeadersHitTheDeadlineToo() throws Exception {
        server.on("/late", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                return;
            }
            TestServer.send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        FetchException e = failure(fetcher().deadline(Duration.ofMillis(300)).build(), server.uri("/late"));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertEquals("timed out after 300 ms", e.reason());
    }

    @Test
    void gzipAndDeflateBodiesAreDecompressed() throws Exception {
        String text = "Ceasefire talks resume in Geneva. ".repeat(500);
        server.on("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", gzip(text.getBytes(StandardCharsets.UTF_8)));
        });
        server.on("/deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(b)) {
                d.write(text.getBytes(StandardCharsets.UTF_8));
            }
            TestServer.send(ex, 200, "text/html", b.toByteArray());
        });
        server.on("/br", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "br");
            TestServer.send(ex, 200, "text/html", new byte[] {1, 2, 3});
        });
        server.on("/corrupt", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher().build();
        assertEquals(text, new String(f.fetch(FetchRequest.get(server.uri("/gz"))).body(), StandardCharsets.UTF_8));
        assertEquals(text, new String(f.fetch(FetchRequest.get(server.uri("/deflate"))).body(), StandardCharsets.UTF_8));
        assertEquals("unsupported Content-Encoding br", failure(f, server.uri("/br")).reason());
        assertEquals("corrupt gzip response", failure(f, server.uri("/corrupt")).reason());
    }

    @Test
    void aGzipBombAndOversizedBodiesAreRefused() throws Exception {
        byte[] bomb = gzip(new byte[32 * 1024 * 1024]); // 32 MiB of zeros in about 32 KiB
        assertTrue(bomb.length < 100_000);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", bomb);
        });
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        server.on("/big", ex -> TestServer.send(ex, 200, "text/plain", big));
        server.on("/big-chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 3 * 16; i++) {
                    out.write(big, 0, 64 * 1024);
                }
            } catch (IOException e) {
                // the client stopped reading: expected
            }
        });
        server.text("/small", 200, "text/plain", "a".repeat(1000));
        HttpFetcher f = fetcher().maxBodyBytes(1024 * 1024).build();
        for (String path : List.of("/bomb", "/big", "/big-chunked")) {
            FetchException e = failure(f, server.uri(path));
            assertEquals(FetchException.Kind.TOO_LARGE, e.kind(), path);
            assertEquals("response over 1 MiB", e.reason(), path);
        }
        assertEquals(1000, f.fetch(FetchRequest.get(server.uri("/small"))).body().length);
        assertEquals("response over 10 MiB", failure(fetcher().build(), server.uri("/bomb")).reason());
    }

    /** Counts requests in flight on one server and, through {@code overall}, on all of them. */
    private static final class Busy implements com.sun.net.httpserver.HttpHandler {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        private final Busy overall;

        Busy(Busy overall) {
            this.overall = overall;
        }

        void enter() {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            if (overall != null) {
                overall.enter();
            }
        }

        void leave() {
            now.decrementAndGet();
            if (overall != null) {
                overall.leave();
            }
        }

        @Override
        public void handle(com.sun.net.httpserver.HttpExchange ex) throws IOException {
            enter();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                leave();
            }
            TestServer.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void oneRequestAtATimePerHostAndAFewInAll() throws Exception {
        HttpFetcher f = fetcher().maxConnections(2).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<TestServer> others = new ArrayList<>();
        try {
            Busy single = new Busy(null);
            server.on("/slow", single);
            List<Callable<FetchResponse>> same = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                same.add(() -> f.fetch(FetchRequest.get(server.uri("/slow"))));
            }
            for (Future<FetchResponse> r : pool.invokeAll(same)) {
                assertEquals(200, r.get(10, TimeUnit.SECONDS).status());
            }
            assertEquals(1, single.most.get(), "one request at a time to one host");
            assertEquals(5, server.hits("/slow"));

            // Four hosts (ports), twelve requests: one at a time on each, never more than two in all.
            Busy overall = new Busy(null);
            List<Busy> hosts = new ArrayList<>();
            List<Callable<FetchResponse>> spread = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                TestServer s = new TestServer();
                others.add(s);
                Busy b = new Busy(overall);
                hosts.add(b);
                s.on("/slow", b);
                for (int j = 0; j < 3; j++) {
                    spread.add(() -> f.fetch(FetchRequest.get(s.uri("/slow"))));
                }
            }
            for (Future<FetchResponse> r : pool.invokeAll(spread)) {
                assertEquals(200, r.get(10, TimeUnit.SECONDS).status());
            }
            for (Busy b : hosts) {
                assertEquals(1, b.most.get(), "still one at a time per host");
            }
            assertEquals(2, overall.most.get(), "two hosts at once, never more");
        } finally {
            pool.shutdownNow();
            others.forEach(TestServer::close);
        }
    }

    @Test
    void aPauseBetweenRequestsToOneHostWhenConfigured() throws Exception {
        server.text("/p", 200, "text/plain", "ok");
        List<Duration> slept = new CopyOnWriteArrayList<>();
        HttpFetcher f = fetcher().hostInterval(Duration.ofSeconds(2)).sleeper(slept::add).build();
        f.fetch(FetchRequest.get(server.uri("/p")));
        assertTrue(slept.isEmpty(), "the first request does not wait");
        clock.advance(Duration.ofMillis(500));
        f.fetch(FetchRequest.get(server.uri("/p")));
        assertEquals(List.of(Duration.ofMillis(1500)), slept);
    }

    @Test
    void aClosedPortIsANetworkFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        FetchException e = failure(fetcher().build(), URI.create("http://127.0.0.1:" + port + "/"));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertEquals("could not connect to 127.0.0.1", e.reason());
    }

    @Test
    void aTruncatedBodyIsANetworkFailureNotAShortPage() throws Exception {
        server.on("/cut", ex -> {
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write("<p>the beginning".getBytes(StandardCharsets.UTF_8));
            out.flush();
            ex.getHttpContext().getServer().stop(0); // the connection drops mid-body
        });
        FetchException e = failure(fetcher().build(), server.uri("/cut"));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertEquals("connection closed before the end of the response", e.reason());
    }

    @Test
    void interruptingAFetchStopsIt() throws Exception {
        server.on("/hang", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                // server stopping
            }
        });
        HttpFetcher f = fetcher().deadline(Duration.ofSeconds(20)).build();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Future<FetchResponse> r = one.submit(() -> f.fetch(FetchRequest.get(server.uri("/hang"))));
            while (server.hits("/hang") == 0) {
                Thread.sleep(10);
            }
            r.cancel(true);
            one.shutdown();
            assertTrue(one.awaitTermination(5, TimeUnit.SECONDS), "the fetch gave up when interrupted");
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void bodyBytesArePassedThroughUntouched() throws Exception {
        byte[] latin = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        server.on("/bytes", ex -> TestServer.send(ex, 200, "text/plain; charset=iso-8859-1", latin));
        assertArrayEquals(latin, fetcher().build().fetch(FetchRequest.get(server.uri("/bytes"))).body());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        }
        return b.toByteArray();
    }
}
