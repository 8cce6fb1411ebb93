package org.newslens.notes.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newslens.app.AtomicWrite;

/** The export's file checks and writes: {@link AtomicWrite} with one-line {@link ExportException}s, and hashes. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Throws ExportException with one clear line unless {@code target} can be written as a file. */
    public static Path checkWritableFile(Path target) {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent();
        if (parent == null) {
            throw new ExportException(t + " is not a file name");
        }
        if (!Files.exists(parent)) {
            throw new ExportException("cannot write " + t + ": the folder " + parent + " does not exist");
        }
        if (!Files.isDirectory(parent)) {
            throw new ExportException("cannot write " + t + ": " + parent + " is a file, not a folder");
        }
        if (Files.isDirectory(t)) {
            throw new ExportException("cannot write " + t + ": it is a folder, not a file");
        }
        if (!Files.isWritable(parent)) {
            throw new ExportException("cannot write " + t + ": the folder " + parent + " is not writable");
        }
        if (Files.exists(t) && !Files.isWritable(t)) {
            throw new ExportException("cannot write " + t + ": the file is read-only");
        }
        return real(parent).resolve(t.getFileName());
    }

    /** The folder's real path (symbolic links resolved), so that one folder is recorded under one name. */
    static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** Writes {@code content} to {@code target} atomically ({@link AtomicWrite}); failures as one-line ExportExceptions. */
    public static void write(Path target, byte[] content) {
        Path t = checkWritableFile(target);
        try {
            AtomicWrite.write(t, content);
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + t + ": permission denied", e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + t + ": " + e.getMessage(), e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of the file's bytes. */
    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ExportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
