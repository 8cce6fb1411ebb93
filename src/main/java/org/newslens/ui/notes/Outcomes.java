package org.newslens.ui.notes;

import java.util.List;
import org.newslens.notes.export.ExportFiles;
import org.newslens.notes.export.ExportFiles.Outcome;
import org.newslens.notes.export.FileKeptException;

/** Export outcomes and failures in the window's words, for the dialogs' summaries. */
final class Outcomes {
    private Outcomes() {
    }

    /** An export refused because the file exists and is not ours (or was edited): forcing would write it. */
    static boolean needsForce(Throwable e) {
        return e instanceof FileKeptException;
    }

    /** The failure as a sentence. */
    static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** A file written: its summary and the file, for Open and Show in folder. */
    static ConfirmedWrite.Done written(ExportFiles.FileResult r) {
        return new ConfirmedWrite.Done(file(r), r.file());
    }

    /** A folder export: its summary and the folder. */
    static ConfirmedWrite.Done written(ExportFiles.FolderReport r) {
        return new ConfirmedWrite.Done(folder(r), r.folder());
    }

    static String file(ExportFiles.FileResult r) {
        return switch (r.outcome()) {
            case CREATED -> "Written: " + r.file();
            case UPDATED -> "Updated: " + r.file();
            case OVERWRITTEN -> "Overwritten: " + r.file();
            case UNCHANGED -> "Unchanged (already up to date): " + r.file();
            case KEPT_EDITED -> "Left alone, edited since the last export: " + r.file();
            case KEPT_FOREIGN -> "Left alone, not written by NewsLens: " + r.file();
        };
    }

    static String folder(ExportFiles.FolderReport r) {
        List<ExportFiles.FileResult> kept = r.keptAlone();
        StringBuilder sb = new StringBuilder();
        sb.append(r.files().size()).append(r.files().size() == 1 ? " article" : " articles").append(" into ").append(r.folder())
                .append(": ").append(r.with(Outcome.CREATED).size()).append(" written, ")
                .append(r.with(Outcome.UPDATED).size() + r.with(Outcome.OVERWRITTEN).size()).append(" updated, ")
                .append(r.with(Outcome.UNCHANGED).size()).append(" unchanged, ")
                .append(kept.size()).append(" left alone because edited or not written by NewsLens");
        for (ExportFiles.FileResult f : r.files()) {
            if (f.outcome() != Outcome.UNCHANGED) {
                sb.append('\n').append(file(f));
            }
        }
        return sb.toString();
    }
}
