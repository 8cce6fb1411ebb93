package org.newslens.ui.reader;

/**
 * Lets the FX thread stop a fetch that a background task is waiting on: a cancelled task only stops at
 * its next check, but a slow image server would hold a worker (and the reader's next load behind it)
 * for the whole fetch deadline. The fetcher gives up when its thread is interrupted, so an image left
 * behind is interrupted, and only while it is inside the fetch: the interrupt can never reach whatever
 * the worker thread runs next.
 */
final class Interrupter {
    private Thread inside;
    private boolean stopped;

    /** Runs {@code work} on the calling thread so that {@link #interrupt()} can stop it. */
    <T> T run(Work<T> work) throws Exception {
        synchronized (this) {
            if (stopped) {
                throw new InterruptedException("left before its turn");
            }
            inside = Thread.currentThread();
        }
        try {
            return work.run();
        } finally {
            synchronized (this) {
                inside = null;
                Thread.interrupted(); // an interrupt meant for this work goes no further
            }
        }
    }

    /** Stops the work if it is running, or before it starts. */
    synchronized void interrupt() {
        stopped = true;
        if (inside != null) {
            inside.interrupt();
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }
}
