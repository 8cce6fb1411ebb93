package org.newslens;

import org.newslens.cli.NewsLensCli;

/**
 * Entry point of the jar. Not a JavaFX {@code Application} on purpose: JavaFX started from the class
 * path warns unless the main class is a plain launcher.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = NewsLensCli.run(args);
        System.exit(code);
    }
}
