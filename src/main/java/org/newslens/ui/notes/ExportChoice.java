package org.newslens.ui.notes;

import org.newslens.notes.export.ExportFormat;

/** The export formats as the dialog offers them: Markdown comes as one file or a folder of files. */
public enum ExportChoice {
    MARKDOWN_FILE("Markdown, one file", ExportFormat.MD, false),
    MARKDOWN_FOLDER("Markdown, one file per article (a folder)", ExportFormat.MD, true),
    CSV("CSV (spreadsheet)", ExportFormat.CSV, false),
    JSON("JSON (complete, can be restored)", ExportFormat.JSON, false),
    HTML("HTML (one readable page)", ExportFormat.HTML, false);

    private final String label;
    private final ExportFormat format;
    private final boolean folder;

    ExportChoice(String label, ExportFormat format, boolean folder) {
        this.label = label;
        this.format = format;
        this.folder = folder;
    }

    public ExportFormat format() {
        return format;
    }

    /** Whether the destination is a folder rather than a file. */
    public boolean folder() {
        return folder;
    }

    /** A file name to suggest. */
    public String suggestedName() {
        return folder ? "newslens-notes" : "newslens-notes." + format.extension();
    }

    @Override
    public String toString() {
        return label;
    }
}
