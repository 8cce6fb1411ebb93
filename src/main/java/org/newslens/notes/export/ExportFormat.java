package org.newslens.notes.export;

import java.util.Locale;

/** The export formats. */
public enum ExportFormat {
    MD("md"), CSV("csv"), JSON("json"), HTML("html");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code md}, {@code markdown}, {@code csv}, {@code json}, {@code html}; IllegalArgumentException otherwise. */
    public static ExportFormat parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "md", "markdown" -> MD;
            case "csv" -> CSV;
            case "json" -> JSON;
            case "html", "htm" -> HTML;
            default -> throw new IllegalArgumentException("unknown format '" + s + "' (md, csv, json or html)");
        };
    }
}
