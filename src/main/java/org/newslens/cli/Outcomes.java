package org.newslens.cli;

import org.newslens.notes.export.ExportFiles;

/** One line about a written file. */
final class Outcomes {
    private Outcomes() {
    }

    static String describe(ExportFiles.FileResult r) {
        return switch (r.outcome()) {
            case CREATED -> "Wrote " + r.file();
            case UPDATED -> "Updated " + r.file();
            case OVERWRITTEN -> "Overwrote " + r.file();
            case UNCHANGED -> r.file() + " is up to date";
            case KEPT_EDITED, KEPT_FOREIGN -> "Left " + r.file() + " alone";
        };
    }
}
