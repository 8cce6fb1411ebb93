package org.newslens.ui.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and writes {@link UiPreferences} as a small properties file. Writes go to a temporary file in
 * the same folder that is then moved over the old one, so a crash never leaves half a file.
 */
public final class PreferencesStore {
    public static final String FILE_NAME = "ui-preferences.properties";
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
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return UiPreferences.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Cannot read " + file + "; using default window settings", e);
            return UiPreferences.DEFAULTS;
        }
        return UiPreferences.fromProperties(p);
    }

    public void save(UiPreferences prefs) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    prefs.toProperties().store(out, "NewsLens window settings");
                }
                move(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save window settings to " + file, e);
        }
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
