package org.newslens;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslens.cli.NewsLensCli;

/**
 * Entry point of the jar. Not a JavaFX {@code Application} on purpose: JavaFX started from the class
 * path warns unless the main class is a plain launcher.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Libraries (CoreNLP, sqlite-jdbc) log progress at INFO; users see warnings only, unless debugging.
        Logger.getLogger("").setLevel(System.getenv("NEWSLENS_DEBUG") != null ? Level.FINE : Level.WARNING);
        int code = NewsLensCli.run(args);
        System.exit(code);
    }
}
