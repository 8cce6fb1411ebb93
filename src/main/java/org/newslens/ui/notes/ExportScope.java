package org.newslens.ui.notes;

/** Which notes an export takes. */
public enum ExportScope {
    ALL("Everything"), ARTICLE("The open article"), PERSON("Articles mentioning a person"), DATES("Articles published in a date range"),
    ORPHANED("Orphaned notes (of removed articles)");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
