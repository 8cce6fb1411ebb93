package org.newslens.ui.notes;

/**
 * Runs an action once, a fixed delay after the last {@link #restart}, on the callback thread (the FX
 * thread in the app). View models take one so that tests can fire it by hand.
 */
public interface Debounce {
    /** Forgets any pending action and schedules {@code action}. */
    void restart(Runnable action);

    /** Forgets the pending action, if any. */
    void cancel();
}
