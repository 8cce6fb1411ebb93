package org.newslens.store;

/** Work on one {@link Tx}: several repository calls and the logic between them. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Tx tx);
}
