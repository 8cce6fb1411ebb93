package org.newslens.library;

import java.util.List;

/**
 * The summary of one import: every file's outcome, whether the user cancelled before the end, and
 * the files of imported folders that were skipped because they do not look like articles.
 */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled, int notStarted, List<String> skipped) {
    /** Shown by name in the headline up to this many skipped files. */
    private static final int SKIPPED_NAMED = 4;

    public ImportReport {
        outcomes = List.copyOf(outcomes);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(List<ImportOutcome> outcomes, boolean cancelled, int notStarted) {
        this(outcomes, cancelled, notStarted, List.of());
    }

    public ImportReport withSkipped(List<String> files) {
        return new ImportReport(outcomes, cancelled, notStarted, files);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long imported() {
        return count(ImportOutcome.Status.IMPORTED);
    }

    public long duplicates() {
        return count(ImportOutcome.Status.DUPLICATE);
    }

    public long failed() {
        return count(ImportOutcome.Status.FAILED);
    }

    public List<ImportOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).toList();
    }

    /** One line, e.g. "3 imported, 1 duplicate, 1 failed; 2 skipped, not articles: README.md, LICENSE". */
    public String headline() {
        StringBuilder sb = new StringBuilder();
        sb.append(imported()).append(" imported, ").append(duplicates()).append(duplicates() == 1 ? " duplicate, " : " duplicates, ")
                .append(failed()).append(" failed");
        if (cancelled) {
            sb.append(" (cancelled; ").append(notStarted).append(" not imported)");
        }
        if (!skipped.isEmpty()) {
            sb.append("; ").append(skipped.size()).append(" skipped, not articles: ");
            List<String> names = skipped.stream().map(f -> java.nio.file.Path.of(f).getFileName().toString()).toList();
            sb.append(String.join(", ", names.subList(0, Math.min(SKIPPED_NAMED, names.size()))));
            if (names.size() > SKIPPED_NAMED) {
                sb.append(" and ").append(names.size() - SKIPPED_NAMED).append(" more");
            }
        }
        return sb.toString();
    }
}
