package org.newslens.cli;

import org.newslens.notes.export.ExportException;
import org.newslens.notes.export.ExportFiles;
import org.newslens.notes.export.FileKeptException;
import org.newslens.store.LibraryException;
import org.newslens.store.RestoreConflictException;
import org.newslens.store.UnknownArticleException;
import org.newslens.store.UnknownActorException;

/** The command line's words for the core's outcomes and failures. */
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

    /** A refused export, with the command line's way out. */
    static String refused(ExportException e) {
        return e instanceof FileKeptException
                ? e.getMessage() + "; it was left alone (use --force to overwrite it)" : e.getMessage();
    }

    /** An unknown id given to {@code remove}, which removed none of the articles. */
    static String notRemoved(UnknownArticleException e) {
        return "There is no article #" + e.id() + " in the library; nothing was removed.";
    }

    /** A failure of the core in the command line's words: where to look, what to add. */
    static String failure(Throwable e) {
        if (e instanceof LibraryException x) {
            return switch (x.kind()) {
                case NOT_A_FOLDER -> x.getMessage() + " Give a folder with --library.";
                case DAMAGED -> x.getMessage() + " Restore it from a backup or start a new library with --library.";
                case OTHER -> x.getMessage();
            };
        }
        if (e instanceof UnknownArticleException x) {
            return "There is no article #" + x.id() + " in the library (see: newslens list).";
        }
        if (e instanceof RestoreConflictException x) {
            return "Cannot put back article #" + x.id() + " “" + x.title() + "”: "
                    + (x.reason() == RestoreConflictException.Reason.ID_TAKEN
                            ? "another article has its id." : "its text is in the library again.");
        }
        if (e instanceof UnknownActorException) {
            return e.getMessage() + " (see: newslens actors)";
        }
        if (e instanceof ExportException x) {
            return refused(x);
        }
        return e.getMessage();
    }
}
