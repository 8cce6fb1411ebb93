package org.newslens.library;

import java.util.List;

/** The summary of one import: every file's outcome, and whether the user cancelled before the end. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled, int notStarted) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
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

    /** One line, e.g. "3 imported, 1 duplicate, 1 failed". */
    public String headline() {
        StringBuilder sb = new StringBuilder();
        sb.append(imported()).append(" imported, ").append(duplicates()).append(duplicates() == 1 ? " duplicate, " : " duplicates, ")
                .append(failed()).append(" failed");
        if (cancelled) {
            sb.append(" (cancelled; ").append(notStarted).append(" not imported)");
        }
        return sb.toString();
    }
}
