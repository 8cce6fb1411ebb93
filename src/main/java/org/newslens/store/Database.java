package org.newslens.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One library file. All writes go through one writer thread with its own connection, each call one
 * transaction; reads use a small pool of read-only connections. WAL lets the window and the command
 * line use the same library at once; the busy timeout waits out the other process's short writes.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "library.sqlite";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int READERS = 4;

    private final Path file;
    private final ExecutorService writer;
    private final Connection writeConnection;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile Thread writerThread;
    private volatile boolean closed;

    private Database(Path file, Connection writeConnection) {
        this.file = file;
        this.writeConnection = writeConnection;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newslens-sqlite-writer");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** Opens (creating and migrating if needed) the library in {@code dir}. */
    public static Database open(Path dir) {
        Path file = prepare(dir);
        Connection c = null;
        try {
            c = connect(file, false);
            migrate(c, file);
            return new Database(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, file);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Path prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new LibraryException(LibraryException.Kind.NOT_A_FOLDER, dir + " is a file, not a library folder.", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LibraryException("Cannot create the library folder " + dir + ": " + e.getMessage(), e);
        }
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            checkHeader(file);
        }
        return file;
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file is a new database to SQLite
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new LibraryException(file + " is not a NewsLens library (not an SQLite database). It was left untouched.");
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot read the library " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // Take the write lock at BEGIN: no deadlock between two processes upgrading read locks.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            if (!readOnly) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
        }
        return c;
    }

    private static void migrate(Connection c, Path file) throws SQLException {
        int latest = Migrations.latestVersion();
        int version = userVersion(c);
        checkVersion(version, latest, file);
        if (version == latest) {
            return;
        }
        c.setAutoCommit(false);
        try {
            version = userVersion(c); // another process may have migrated meanwhile
            checkVersion(version, latest, file);
            try (Statement s = c.createStatement()) {
                for (int v = version; v < latest; v++) {
                    for (String sql : Migrations.ALL.get(v)) {
                        s.executeUpdate(sql);
                    }
                    s.executeUpdate("PRAGMA user_version = " + (v + 1));
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void checkVersion(int version, int latest, Path file) {
        if (version > latest) {
            throw new LibraryException("The library " + file + " was made by a newer NewsLens (schema " + version
                    + "; this version knows up to " + latest + "). Update NewsLens to open it; the library was not changed.");
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static LibraryException translate(SQLException e, Path file) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new LibraryException(file + " is not a NewsLens library (not an SQLite database). It was left untouched.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code.name().startsWith("SQLITE_CORRUPT")) {
                return new LibraryException(LibraryException.Kind.DAMAGED, "The library " + file
                        + " is damaged (SQLite reports corruption).", e);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code.name().startsWith("SQLITE_BUSY")) {
                return new LibraryException("The library " + file + " stayed busy for " + BUSY_TIMEOUT_MS / 1000
                        + " s (another NewsLens is writing). Try again.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code.name().startsWith("SQLITE_READONLY")
                    || code == SQLiteErrorCode.SQLITE_CANTOPEN || code.name().startsWith("SQLITE_CANTOPEN")) {
                return new LibraryException("Cannot write the library " + file + ": check its permissions.", e);
            }
        }
        return new LibraryException("Library error in " + file + ": " + e.getMessage(), e);
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /**
     * Runs {@code work} in one transaction on the writer thread and waits for it. Rolls back on any
     * exception, which is rethrown (SQL errors as {@link LibraryException}).
     */
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThread) {
            return inTransaction(work);
        }
        Future<T> f = writer.submit(() -> inTransaction(work));
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("Interrupted while writing to the library", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new LibraryException(cause.getMessage(), cause);
        }
    }

    /**
     * {@code PRAGMA data_version} of the writer's connection: it changes whenever another process (the
     * command line, a second window) commits to the library, and never for this library's own writes,
     * which all go through that connection. Read outside any transaction, so it takes no write lock.
     */
    public long otherProcessVersion() {
        ensureOpen();
        SqlWork<Long> work = c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        };
        Future<Long> f = writer.submit(() -> {
            try {
                return work.apply(writeConnection);
            } catch (SQLException e) {
                throw translate(e, file);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("Interrupted while reading the library", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new LibraryException(e.getCause().getMessage(), e.getCause());
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        Connection c = writeConnection;
        try {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** {@link #write} for work outside {@code store}: repository calls on one {@link Tx}, one transaction. */
    public <T> T inWrite(TxWork<T> work) {
        return write(c -> work.run(new Tx(c, file)));
    }

    /** {@link #read} for work outside {@code store}: repository calls on one {@link Tx}. */
    public <T> T inRead(TxWork<T> work) {
        return read(c -> work.run(new Tx(c, file)));
    }

    /** Runs {@code work} on a read-only connection; safe from any thread but the writer's. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            idleReaders.offer(c);
        }
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Connection fresh = connect(file, true);
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw translate(e, file);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("Interrupted while reading the library", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("library closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (allReaders) {
            allReaders.forEach(Database::closeQuietly);
        }
        closeQuietly(writeConnection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing left to do
            }
        }
    }
}
