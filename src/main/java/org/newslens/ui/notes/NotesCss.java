package org.newslens.ui.notes;

/** Style classes of {@code notes.css}, the notes feature's own stylesheet on top of {@code newslens.css}. */
public final class NotesCss {
    public static final String STYLESHEET = "/org/newslens/ui/notes/notes.css";

    public static final String HIGHLIGHT_LAYER = "highlight-layer";
    public static final String HIGHLIGHT = "note-highlight";
    public static final String SELECTION = "text-selection";

    public static final String NOTE_PANE = "note-pane";
    public static final String NOTE_EDITOR = "note-editor";
    public static final String SAVE_STATE = "save-state";
    public static final String HIGHLIGHT_LIST = "highlight-list";
    public static final String HIGHLIGHT_QUOTE = "highlight-quote";
    public static final String HIGHLIGHT_COMMENT = "highlight-comment";
    public static final String HIGHLIGHT_TAGS = "highlight-tags";
    public static final String HIGHLIGHT_ACTION = "highlight-action";
    public static final String PLACEHOLDER = "notes-placeholder";

    public static final String NOTES_BROWSER = "notes-browser";
    public static final String ENTRY_TITLE = "entry-title";
    public static final String ENTRY_META = "entry-meta";
    public static final String FORM = "notes-form";
    public static final String SUMMARY = "export-summary";
    public static final String ERROR = "notes-error";

    private NotesCss() {
    }
}
