package org.newslens.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Test scope: documents served on 127.0.0.1, with ETag/304 (optional per path), status overrides and hit counts. */
public final class FeedServer implements AutoCloseable {
    public record Doc(int status, String contentType, byte[] body, boolean etag) {
    }

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void put(String path, String contentType, String body, boolean etag) {
        docs.put(path, new Doc(200, contentType, body.getBytes(StandardCharsets.UTF_8), etag));
    }

    public void put(String path, String contentType, byte[] body, boolean etag) {
        docs.put(path, new Doc(200, contentType, body, etag));
    }

    public void status(String path, int status) {
        docs.put(path, new Doc(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), false));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        Doc d = docs.get(path);
        try (ex) {
            if (d == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (d.status() != 200) {
                byte[] b = d.body();
                ex.sendResponseHeaders(d.status(), b.length);
                ex.getResponseBody().write(b);
                return;
            }
            String tag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(d.body())) + "\"";
            if (d.etag()) {
                ex.getResponseHeaders().set("ETag", tag);
                if (tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
            }
            ex.getResponseHeaders().set("Content-Type", d.contentType());
            ex.sendResponseHeaders(200, d.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(d.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** An RSS 2.0 feed of {@code n} items, each with full content, linking to {@code base}/a/{i}. */
    public static String rss(String title, String base, int n, String guidPrefix) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + title + "</title><link>" + base
                + "/</link><description>test</description>\n");
        for (int i = 1; i <= n; i++) {
            sb.append("<item><title>").append(title).append(" story ").append(i).append("</title><link>").append(base).append("/a/").append(i)
                    .append("</link><guid isPermaLink=\"false\">").append(guidPrefix).append(i).append("</guid>")
                    .append("<pubDate>Tue, 22 Apr 2025 09:").append(String.format("%02d", i % 60)).append(":00 +0000</pubDate>")
                    .append("<content:encoded><![CDATA[<p>").append(title).append(" story number ").append(i)
                    .append(" says the council met on Monday.</p><p>Paragraph two of story ").append(i).append(".</p>]]></content:encoded></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }
}
