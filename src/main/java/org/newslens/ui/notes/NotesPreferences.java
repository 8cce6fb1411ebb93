package org.newslens.ui.notes;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the notes feature remembers between runs, in {@code <library>/notes-ui.properties}: whether the
 * note pane is open and where its divider is. Unreadable values fall back to defaults; written to a
 * temporary file and moved into place.
 */
public record NotesPreferences(boolean paneOpen, double paneDivider) {
    /** Closed at first and small when opened: the reader keeps the height (Ctrl+Shift+N opens it). */
    public static final NotesPreferences DEFAULTS = new NotesPreferences(false, 0.8);
    static final String FILE_NAME = "notes-ui.properties";
    private static final Logger LOG = Logger.getLogger(NotesPreferences.class.getName());

    public NotesPreferences {
        paneDivider = Double.isFinite(paneDivider) && paneDivider > 0.15 && paneDivider < 0.95 ? paneDivider : DEFAULTS.paneDivider;
    }

    public NotesPreferences withPaneOpen(boolean open) {
        return new NotesPreferences(open, paneDivider);
    }

    public NotesPreferences withPaneDivider(double divider) {
        return new NotesPreferences(paneOpen, divider);
    }

    static NotesPreferences load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULTS;
        }
        double divider;
        try {
            divider = Double.parseDouble(p.getProperty("notePane.divider", "x"));
        } catch (NumberFormatException e) {
            divider = DEFAULTS.paneDivider;
        }
        return new NotesPreferences(Boolean.parseBoolean(p.getProperty("notePane.open", Boolean.toString(DEFAULTS.paneOpen))), divider);
    }

    void save(Path dir) {
        Properties p = new Properties();
        p.setProperty("notePane.open", Boolean.toString(paneOpen));
        p.setProperty("notePane.divider", Double.toString(paneDivider));
        Path file = dir.resolve(FILE_NAME);
        try {
            Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "NewsLens notes window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Notes window settings not saved", e);
        }
    }
}
