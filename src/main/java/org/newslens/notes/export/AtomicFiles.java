package org.newslens.notes.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes files atomically: a temporary file in the same folder, flushed to disk, then moved over the
 * target (atomically where the file system can, else replacing). A reader never sees half a file.
 */
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

    public static void write(Path target, byte[] content) {
        Path t = checkWritableFile(target);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(t.getParent(), "." + t.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            readableByOthers(tmp, t);
            try {
                Files.move(tmp, t, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, t, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + t + ": permission denied", e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + t + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless
                }
            }
        }
    }

    /** Temporary files are private (rw-------); an export takes the old file's permissions, else rw-r--r--. */
    private static void readableByOthers(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
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
