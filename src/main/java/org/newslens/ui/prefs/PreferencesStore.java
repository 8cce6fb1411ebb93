package org.newslens.ui.prefs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslens.app.AtomicWrite;

/**
 * Reads and writes {@link UiPreferences} as a small properties file, written atomically
 * ({@link AtomicWrite}), so a crash never leaves half a file. A library whose note pane settings are still
 * in the notes window's former file ({@code notes-ui.properties}) keeps them: that file is read under
 * this one until the next save writes everything here.
 */
public final class PreferencesStore {
    public static final String FILE_NAME = "ui-preferences.properties";
    /** Where the note pane's settings were kept before they joined this file; read, never written. */
    static final String FORMER_NOTES_FILE_NAME = "notes-ui.properties";
    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());

    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    /** The store beside the library: {@code <library dir>/ui-preferences.properties}. */
    public static PreferencesStore inLibrary(Path libraryDir) {
        return new PreferencesStore(libraryDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The saved preferences, or the defaults when there are none or they cannot be read. */
    public UiPreferences load() {
        Properties p = new Properties();
        Path former = file.resolveSibling(FORMER_NOTES_FILE_NAME);
        if (Files.isRegularFile(former)) {
            try (InputStream in = Files.newInputStream(former)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.FINE, "Cannot read " + former + "; ignored", e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return UiPreferences.fromProperties(p);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Cannot read " + file + "; using default window settings", e);
            return UiPreferences.DEFAULTS;
        }
        return UiPreferences.fromProperties(p);
    }

    public void save(UiPreferences prefs) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            prefs.toProperties().store(bytes, "NewsLens window settings");
            AtomicWrite.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save window settings to " + file, e);
        }
    }
}
