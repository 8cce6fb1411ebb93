package org.newslens.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way NewsLens replaces a file: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is moved over the target (atomically where the file system
 * can, else replacing). A reader, or a crash, never sees half a file. Used by the window's settings
 * and the notes export.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /** Writes {@code content} to {@code target} (its folder must exist); no temporary file is left behind. */
    public static void write(Path target, byte[] content) throws IOException {
        Path t = target.toAbsolutePath();
        Path tmp = Files.createTempFile(t.getParent(), "." + t.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(tmp, t);
            try {
                Files.move(tmp, t, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, t, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: a stray temporary file is harmless
            }
        }
    }

    /** Temporary files are private (rw-------); the new file takes the old one's permissions, else rw-r--r--. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
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
}
