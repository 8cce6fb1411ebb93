package org.newslens.ui.notes;

/** A debounce that fires only when the test says so. */
final class ManualDebounce implements Debounce {
    private Runnable pending;

    @Override
    public void restart(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    boolean isPending() {
        return pending != null;
    }

    void fire() {
        Runnable r = pending;
        pending = null;
        if (r != null) {
            r.run();
        }
    }
}
