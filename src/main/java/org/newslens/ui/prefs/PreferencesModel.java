package org.newslens.ui.prefs;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.ui.timing.Debouncer;
import org.newslens.ui.timing.Scheduler;

/**
 * The window's preferences as one observable value. Every change is saved about a second after the
 * last one (window drags and divider moves fire many), off the UI thread; {@link #close()} saves
 * what is still pending.
 */
public final class PreferencesModel implements AutoCloseable {
    public static final Duration SAVE_DELAY = Duration.ofSeconds(1);
    private static final double FONT_STEP = 1;
    private static final Logger LOG = Logger.getLogger(PreferencesModel.class.getName());

    private final ReadOnlyObjectWrapper<UiPreferences> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** What the save thread writes: the latest value, handed over safely from the UI thread. */
    private final AtomicReference<UiPreferences> toSave = new AtomicReference<>();
    private final PreferencesStore store;
    private final ScheduledExecutorService scheduler;
    private final Debouncer saver;
    /** Set by {@link #close()}: the save thread is gone, so later changes are saved at once. */
    private volatile boolean closed;

    public PreferencesModel(PreferencesStore store) {
        this(store, SAVE_DELAY);
    }

    PreferencesModel(PreferencesStore store, Duration delay) {
        this.store = store;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newslens-preferences");
            t.setDaemon(true);
            return t;
        });
        this.saver = new Debouncer(Scheduler.on(scheduler), delay, this::saveNow);
        current.set(store.load());
    }

    public ReadOnlyObjectProperty<UiPreferences> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public UiPreferences get() {
        return current.get();
    }

    /** Applies a change; saves later if it changed anything. */
    public void update(UnaryOperator<UiPreferences> change) {
        UiPreferences next = Objects.requireNonNull(change.apply(current.get()));
        if (!next.equals(current.get())) {
            current.set(next);
            toSave.set(next);
            if (closed) {
                // A change while the window closes (a divider settling, the last scroll position): the
                // save thread has stopped, so write it now rather than lose it.
                saveNow();
            } else {
                saver.trigger();
            }
        }
    }

    public void onToggleDarkTheme() {
        update(p -> p.withDarkTheme(!p.darkTheme()));
    }

    public void onBiggerText() {
        update(p -> p.withReaderFontSize(p.readerFontSize() + FONT_STEP));
    }

    public void onSmallerText() {
        update(p -> p.withReaderFontSize(p.readerFontSize() - FONT_STEP));
    }

    public void onResetText() {
        update(p -> p.withReaderFontSize(UiPreferences.DEFAULT_FONT_SIZE));
    }

    private void saveNow() {
        try {
            UiPreferences p = toSave.get();
            if (p != null) {
                store.save(p);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Window settings not saved", e);
        }
    }

    /** Saves any pending change now and stops the save thread. */
    @Override
    public void close() {
        closed = true;
        saver.flush();
        scheduler.shutdown();
    }
}
