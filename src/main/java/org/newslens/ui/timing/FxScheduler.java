package org.newslens.ui.timing;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on the FX thread: a pause transition per scheduled run. */
final class FxScheduler implements Scheduler {
    static final FxScheduler INSTANCE = new FxScheduler();

    private FxScheduler() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
