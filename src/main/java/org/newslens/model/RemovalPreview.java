package org.newslens.model;

/** What removing an article takes with it, for the confirmation: its title, whether it has a note, its highlights. */
public record RemovalPreview(long id, String title, boolean hasNote, int highlights) {
    public boolean hasNotes() {
        return hasNote || highlights > 0;
    }
}
