package org.newslens.ui.sources;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Delay} on the FX thread: a pause transition, created on first use. */
public final class FxDelay implements Delay {
    private final Duration delay;
    private PauseTransition pause;

    public FxDelay(java.time.Duration delay) {
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
