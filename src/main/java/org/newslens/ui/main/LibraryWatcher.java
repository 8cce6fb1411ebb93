package org.newslens.ui.main;

import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * Notices a library changed by another process (an import from the command line while the window is
 * open): every {@value #PERIOD_MS} ms, off the FX thread, it reads the library's
 * {@link org.newslens.store.Database#otherProcessVersion() data version}; when it moved, the window
 * state says the library changed, and the list, its counts, the sidebar and the reader reload in place,
 * keeping the selection. The window's own writes do not move it.
 */
public final class LibraryWatcher {
    static final int PERIOD_MS = 2000;

    private final LongSupplier version;
    private final TaskExecutor executor;
    private final WindowState state;
    private final Timeline timer = new Timeline(new KeyFrame(Duration.millis(PERIOD_MS), e -> poll()));
    private Long last;
    private boolean polling;

    public LibraryWatcher(LongSupplier version, TaskExecutor executor, WindowState state) {
        this.version = version;
        this.executor = executor;
        this.state = state;
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        poll();
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** One look at the version (the timer calls it; tests call it directly). At most one look runs at a time. */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        executor.execute(BackgroundTask.of("Watch the library", ctx -> version.getAsLong())
                .onSuccess(v -> {
                    polling = false;
                    if (last != null && v != last.longValue()) {
                        state.libraryChanged();
                    }
                    last = v;
                })
                .onFailure(e -> polling = false)
                .onCancelled(() -> polling = false));
    }
}
