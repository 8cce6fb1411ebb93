package org.newslens.ui.sources;

/**
 * Runs an action once, a fixed time after {@link #restart}, on the callback thread (the FX thread in
 * the app), unless cancelled first. View models take one so that tests fire it by hand.
 */
public interface Delay {
    /** Never runs its action (for view models tested without a clock). */
    Delay NEVER = new Delay() {
        @Override
        public void restart(Runnable action) {
        }

        @Override
        public void cancel() {
        }
    };

    /** Forgets any pending action and schedules {@code action}. */
    void restart(Runnable action);

    /** Forgets the pending action, if any. */
    void cancel();
}
