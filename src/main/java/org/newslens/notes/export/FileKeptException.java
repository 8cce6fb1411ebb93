package org.newslens.notes.export;

import java.nio.file.Path;

/**
 * An export refused to replace a file that exists and either was not written by a NewsLens export
 * ({@link ExportFiles.Outcome#KEPT_FOREIGN}) or was edited since ({@link ExportFiles.Outcome#KEPT_EDITED}).
 * The file is untouched; writing again with {@code force} replaces it. The command line and the window
 * word the way out ("--force", "Overwrite it?") themselves.
 */
public final class FileKeptException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final ExportFiles.Outcome reason;

    public FileKeptException(Path file, ExportFiles.Outcome reason) {
        super(reason == ExportFiles.Outcome.KEPT_EDITED
                ? file + " was edited since NewsLens exported it"
                : file + " exists and was not written by a NewsLens export");
        if (reason != ExportFiles.Outcome.KEPT_EDITED && reason != ExportFiles.Outcome.KEPT_FOREIGN) {
            throw new IllegalArgumentException("not a reason to keep a file: " + reason);
        }
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** {@link ExportFiles.Outcome#KEPT_EDITED} or {@link ExportFiles.Outcome#KEPT_FOREIGN}. */
    public ExportFiles.Outcome reason() {
        return reason;
    }
}
