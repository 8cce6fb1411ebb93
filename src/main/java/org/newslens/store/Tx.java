package org.newslens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction (from {@link Database#inWrite}) or one read (from {@link Database#inRead}), handed to
 * code outside {@code store} that composes several repository calls with its own logic in between (place a
 * highlight in the body it just read, then store it). It exposes no SQL: only the repositories of this
 * package use the connection inside.
 */
public final class Tx {
    private final Connection connection;
    private final Path file;

    Tx(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Runs repository SQL on this transaction; SQL errors become {@link LibraryException}s. */
    <T> T sql(SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw Database.translate(e, file);
        }
    }

    /**
     * Runs {@code work} inside a savepoint of this transaction: when it throws, only its own changes are
     * rolled back (the exception is rethrown) and the rest of the transaction goes on.
     */
    public <T> T savepoint(TxWork<T> work) {
        java.sql.Savepoint sp = sql(Connection::setSavepoint);
        T result;
        try {
            result = work.run(this);
        } catch (RuntimeException | Error e) {
            sql(c -> {
                c.rollback(sp);
                return null;
            });
            throw e;
        }
        sql(c -> {
            c.releaseSavepoint(sp);
            return null;
        });
        return result;
    }
}
