package org.newslens.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading an article's images against a local server on 127.0.0.1: what is refused and what is cached. */
class ImageLoaderTest {
    private TestServer server;
    private HttpFetcher fetcher;
    private ImageLoader loader;
    private URI page;

    @BeforeEach
    void setUp() throws Exception {
        server = new TestServer();
        fetcher = HttpFetcher.builder().deadline(Duration.ofSeconds(10)).build();
        loader = new ImageLoader(fetcher, AddressPolicy.system(), 1024 * 1024, 10L * 1024 * 1024);
        page = server.uri("/story.html");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private ImageException refused(URI image) {
        return assertThrows(ImageException.class, () -> loader.load(image, page));
    }

    @Test
    void aPngIsLoadedWithTheFetchersUserAgentAndAskingForImages() throws Exception {
        byte[] png = TestImages.png(40, 30);
        server.on("/a.png", ex -> TestServer.send(ex, 200, "image/png", png));
        LoadedImage img = loader.load(server.uri("/a.png"), page);
        assertEquals("png", img.format());
        assertEquals(40, img.width());
        assertEquals(30, img.height());
        assertArrayEquals(png, img.bytes());
        assertEquals(HttpFetcher.defaultUserAgent(), server.last().header("User-Agent"));
        assertTrue(server.last().header("Accept").startsWith("image/"), server.last().header("Accept"));
        assertEquals(null, server.last().header("Cookie"));
    }

    @Test
    void aCacheHitDoesNotFetchAgain() throws Exception {
        server.on("/a.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(4, 4)));
        LoadedImage first = loader.load(server.uri("/a.png"), page);
        LoadedImage again = loader.load(server.uri("/a.png"), page);
        assertEquals(1, server.hits("/a.png"));
        assertArrayEquals(first.bytes(), again.bytes());
        assertTrue(loader.cached(server.uri("/a.png")).isPresent());
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedWithinItsBytes() throws Exception {
        byte[] png = TestImages.png(64, 64); // a few hundred bytes
        for (String p : new String[] {"/1.png", "/2.png", "/3.png"}) {
            server.on(p, ex -> TestServer.send(ex, 200, "image/png", png));
        }
        ImageLoader small = new ImageLoader(fetcher, AddressPolicy.system(), 1024 * 1024, png.length * 2L);
        small.load(server.uri("/1.png"), page);
        small.load(server.uri("/2.png"), page);
        small.load(server.uri("/1.png"), page); // 1 is now the most recent
        small.load(server.uri("/3.png"), page); // so 2 goes
        assertTrue(small.cached(server.uri("/1.png")).isPresent());
        assertTrue(small.cached(server.uri("/2.png")).isEmpty());
        assertTrue(small.cached(server.uri("/3.png")).isPresent());
        assertTrue(small.cachedBytes() <= png.length * 2L);
        assertEquals(1, server.hits("/1.png"));
    }

    @Test
    void aWrongContentTypeIsRefused() {
        server.text("/page", 200, "text/html; charset=utf-8", "<html><script>alert(1)</script></html>");
        assertEquals("not an image (text/html)", refused(server.uri("/page")).reason());
        server.on("/none", ex -> TestServer.send(ex, 200, null, TestImages.png(2, 2)));
        assertEquals("not an image (no content type)", refused(server.uri("/none")).reason());
        assertTrue(loader.cached(server.uri("/page")).isEmpty(), "a refusal is not cached");
    }

    @Test
    void svgIsRefusedBecauseItCanCarryScript() {
        server.text("/logo.svg", 200, "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        assertEquals("SVG images are not loaded (they can carry script)", refused(server.uri("/logo.svg")).reason());
    }

    @Test
    void formatsTheWindowCannotDecodeAndFakeBytesAreRefused() {
        server.on("/a.webp", ex -> TestServer.send(ex, 200, "image/webp", "RIFF....WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("unsupported image type image/webp", refused(server.uri("/a.webp")).reason());
        server.text("/fake.png", 200, "image/png", "<html>not a picture</html>");
        assertEquals("not a valid PNG image", refused(server.uri("/fake.png")).reason());
    }

    @Test
    void aMislabelledImageIsTakenForWhatItsBytesAre() throws Exception {
        server.on("/photo.jpg", ex -> TestServer.send(ex, 200, "image/jpeg", TestImages.png(3, 3)));
        assertEquals("png", loader.load(server.uri("/photo.jpg"), page).format());
    }

    @Test
    void anOversizedImageIsRefusedWhetherItSaysSoOrNot() {
        byte[] big = new byte[1024 * 1024 + 1];
        byte[] png = TestImages.png(2, 2);
        System.arraycopy(png, 0, big, 0, png.length);
        server.on("/big.png", ex -> TestServer.send(ex, 200, "image/png", big)); // with Content-Length
        assertEquals("image over 1 MiB", refused(server.uri("/big.png")).reason());
        server.on("/chunked.png", ex -> { // no Content-Length: stopped while reading
            ex.getResponseHeaders().set("Content-Type", "image/png");
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                out.write(big);
            }
        });
        assertEquals("image over 1 MiB", refused(server.uri("/chunked.png")).reason());
    }

    @Test
    void anHttpErrorGivesItsStatus() {
        server.text("/gone.png", 404, "text/plain", "no");
        assertEquals("404 Not Found", refused(server.uri("/gone.png")).reason());
    }

    @Test
    void onlyHttpAndHttpsImagesAreLoaded() {
        ImageException e = assertThrows(ImageException.class, () -> loader.load(URI.create("file:///etc/passwd"), page));
        assertEquals("only http and https images are loaded", e.reason());
        e = assertThrows(ImageException.class, () -> loader.load(URI.create("data:image/png;base64,AAAA"), page));
        assertEquals("only http and https images are loaded", e.reason());
    }

    @Test
    void anArticleFromAPublicHostCannotMakeUsRequestALoopbackImage() throws Exception {
        // "localhost" stands for a public host (the resolver says so): its image on 127.0.0.1 is refused
        // before any request, and so is a public-looking image that redirects into loopback.
        InetAddress loopback = InetAddress.getByName("localhost");
        try (TestServer named = new TestServer(loopback)) {
            named.on("/secret.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(2, 2)));
            URI literal = named.uri("/secret.png");
            named.on("/hop.png", ex -> TestServer.redirect(ex, 302, literal.toString()));
            AddressPolicy publicLocalhost = new AddressPolicy(host -> new InetAddress[] {InetAddress.getByName("203.0.113.7")});
            ImageLoader l = new ImageLoader(HttpFetcher.builder().addressPolicy(publicLocalhost).build(), publicLocalhost,
                    ImageLoader.MAX_BYTES, ImageLoader.DEFAULT_CACHE_BYTES);
            URI publicPage = URI.create("http://localhost:" + named.port() + "/story.html");

            ImageException direct = assertThrows(ImageException.class, () -> l.load(literal, publicPage));
            assertEquals("address " + loopback.getHostAddress() + " refused (loopback)", direct.reason());
            ImageException hop = assertThrows(ImageException.class,
                    () -> l.load(URI.create("http://localhost:" + named.port() + "/hop.png"), publicPage));
            assertEquals("address " + loopback.getHostAddress() + " refused (loopback)", hop.reason());
            // A saved file's images reach only public addresses too.
            assertThrows(ImageException.class, () -> l.load(literal, null));
            assertEquals(0, named.hits("/secret.png"));
            assertEquals(1, named.hits("/hop.png"));
        }
        // An article served from loopback (a local server) may show its images from there.
        server.on("/local.png", ex -> TestServer.send(ex, 200, "image/png", TestImages.png(2, 2)));
        assertEquals("png", loader.load(server.uri("/local.png"), page).format());
    }

    @Test
    void anImageWhoseHeaderPromisesTooManyPixelsIsRefusedBeforeAnythingDecodesIt() {
        byte[] bomb = TestImages.png(1, 1);
        java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(30_000).putInt(30_000); // the header says 30,000 × 30,000
        server.on("/bomb.png", ex -> TestServer.send(ex, 200, "image/png", bomb));
        assertEquals("image too large to show (30000 × 30000 pixels)", refused(server.uri("/bomb.png")).reason());
    }

    @Test
    void theSizeOfAJpegIsReadFromItsFrameHeaderPastTheOtherSegments() {
        byte[] jpeg = {
            (byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF, (byte) 0xE0, 0, 6, 'J', 'F', 'I', 'F', // an APP0 segment of 6 bytes (length included)
            (byte) 0xFF, (byte) 0xFF, // a fill byte
            (byte) 0xFF, (byte) 0xC2, 0, 11, 8, 0x01, 0x2C, 0x02, 0x58, 1, 1, 0x11, 0, // progressive frame: 300 high, 600 wide
        };
        assertArrayEquals(new int[] {600, 300}, ImageLoader.dimensions("jpeg", jpeg));
        assertEquals(null, ImageLoader.dimensions("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}));
        assertArrayEquals(new int[] {7, 5}, ImageLoader.dimensions("gif", new byte[] {'G', 'I', 'F', '8', '9', 'a', 7, 0, 5, 0}));
    }
}
