package org.newslens.ui.notes;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread (a pause transition, created on first use). */
final class FxDebounce implements Debounce {
    private final Duration delay;
    private PauseTransition pause;

    FxDebounce(java.time.Duration delay) {
        this.delay = Duration.millis(delay.toMillis());
    }

    @Override
    public void restart(Runnable action) {
        if (pause == null) {
            pause = new PauseTransition(delay);
        }
        pause.stop();
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        if (pause != null) {
            pause.stop();
        }
    }
}
