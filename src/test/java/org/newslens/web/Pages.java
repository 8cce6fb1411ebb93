package org.newslens.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written test pages in src/test/resources/org/newslens/web. */
final class Pages {
    private Pages() {
    }

    static String read(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test page " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebPage extract(String name, String url) {
        return PageExtractor.extract(read(name), url);
    }
}
