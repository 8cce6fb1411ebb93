package org.newslens.ui.importing;

import java.util.List;
import org.newslens.library.ImportOutcome;
import org.newslens.library.ImportReport;

/**
 * What an import did, ready to show: a headline ("3 imported, 1 duplicate, 1 failed"), one line per
 * failed file ("notes.pdf — unsupported file type…"), and the article to select afterwards.
 *
 * @param selectId the first newly imported article, else the first duplicate's existing article; null if none
 */
public record ImportSummary(String headline, List<String> failures, Long selectId, long imported, boolean cancelled,
                            boolean failedOutright) {
    public ImportSummary {
        failures = List.copyOf(failures);
    }

    public static ImportSummary of(ImportReport report) {
        List<String> lines = report.failures().stream()
                .map(o -> fileName(o.file()) + " — " + (o.reason() == null ? "failed" : o.reason()))
                .toList();
        return new ImportSummary(report.headline(), lines, selectId(report), report.imported(), report.cancelled(), false);
    }

    /** An import that stopped as a whole (e.g. the library could not be written). */
    public static ImportSummary failed(Throwable error) {
        String m = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new ImportSummary("Import failed", List.of(m), null, 0, false, true);
    }

    /** The same summary without an article to select (the samples: the list selects its first article). */
    public ImportSummary withoutSelection() {
        return new ImportSummary(headline, failures, null, imported, cancelled, failedOutright);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    private static Long selectId(ImportReport report) {
        Long duplicate = null;
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.IMPORTED && o.articleId() != null) {
                return o.articleId();
            }
            if (o.status() == ImportOutcome.Status.DUPLICATE && duplicate == null) {
                duplicate = o.articleId();
            }
        }
        return duplicate;
    }

    /** The last part of a path, so that each failure stays on one line. */
    static String fileName(String file) {
        if (file == null) {
            return "(unknown file)";
        }
        String f = file.endsWith("/") || file.endsWith("\\") ? file.substring(0, file.length() - 1) : file;
        int cut = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return cut < 0 ? f : f.substring(cut + 1);
    }
}
