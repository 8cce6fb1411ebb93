package org.newslens.ui.sources;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.model.ArticleFilter;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ReadingStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;
import org.newslens.ui.timing.Debouncer;
import org.newslens.ui.timing.Scheduler;

/**
 * Read, unread and starred for the open article: it is marked read once it has been open for a
 * moment ({@link #READ_AFTER}, by the window's one {@link Debouncer}; moving on before cancels it); {@code m} and {@code s} toggle; "Mark all
 * read" marks the articles of the window's filter. Changes show at once ({@code shown} gets the new
 * summary) and are written in the background; a failed write is undone and said in {@link #errorProperty()}.
 */
public final class ReadingViewModel {
    private final ReadingStore reading;
    private final TaskExecutor executor;
    private final WindowState state;
    /** How long an article is open before it counts as read. */
    public static final java.time.Duration READ_AFTER = java.time.Duration.ofMillis(1500);

    /** Marks {@link #pendingRead} read once it has been open for {@link #READ_AFTER}; null: only by hand. */
    private final Debouncer readAfter;
    private long pendingRead = -1;
    private final Consumer<ArticleSummary> shown;
    private final Runnable countsChanged;
    private final Runnable allChanged;
    private final ReadOnlyObjectWrapper<ArticleSummary> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper lastMarked = new ReadOnlyIntegerWrapper(this, "lastMarked", -1);
    private boolean closed;

    /**
     * @param scheduler     where the read-after-a-moment waits (the FX thread in the app); null: only by hand
     * @param shown         gets an article's summary with its new state (the list redraws it)
     * @param countsChanged runs after a write (the sources pane counts again)
     * @param allChanged    runs after "mark all read" (the list reloads, the pane counts again)
     */
    public ReadingViewModel(ReadingStore reading, TaskExecutor executor, WindowState state, Scheduler scheduler,
                            Consumer<ArticleSummary> shown, Runnable countsChanged, Runnable allChanged) {
        this.reading = reading;
        this.executor = executor;
        this.state = state;
        this.readAfter = scheduler == null ? null : new Debouncer(scheduler, READ_AFTER, this::readPending);
        this.shown = shown;
        this.countsChanged = countsChanged;
        this.allChanged = allChanged;
        state.selectedArticleProperty().addListener((obs, old, now) -> opened(now));
        opened(state.getSelectedArticle());
    }

    /** The open article with its up-to-date reading state, or null. */
    public ReadOnlyObjectProperty<ArticleSummary> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why the last change was not saved, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How many articles the last "mark all read" marked (-1 before the first). */
    public ReadOnlyIntegerProperty lastMarkedProperty() {
        return lastMarked.getReadOnlyProperty();
    }

    /** The window closes: a pending "read after a moment" is dropped and nothing more is written. */
    public void close() {
        closed = true;
        cancelRead();
    }

    private void opened(ArticleSummary article) {
        cancelRead();
        if (closed) {
            return;
        }
        ArticleSummary before = current.get();
        if (article != null && before != null && before.id() == article.id()) {
            return; // the same article again (a reload): keep the state we know
        }
        current.set(article);
        if (article == null) {
            return;
        }
        // The summary may come from elsewhere than the list (the notes browser, the timeline): ask the library.
        executor.execute(BackgroundTask.of("Reading state", ctx -> reading.state(article.id()))
                .onSuccess(found -> found.ifPresent(st -> {
                    ArticleSummary now = current.get();
                    if (closed || now == null || now.id() != article.id()) {
                        return;
                    }
                    if (now == article && (article.read() != st.read() || article.starred() != st.starred())) {
                        now = article.withRead(st.read()).withStarred(st.starred());
                        current.set(now);
                        shown.accept(now);
                    }
                    if (!now.read()) {
                        scheduleRead(article.id());
                    }
                })));
    }

    /** {@code m}: read ↔ unread. An article marked unread stays so until it is opened again. */
    public void onToggleRead() {
        ArticleSummary a = current.get();
        if (a != null) {
            cancelRead();
            write(a.withRead(!a.read()));
        }
    }

    /** {@code s}: starred ↔ not. */
    public void onToggleStar() {
        ArticleSummary a = current.get();
        if (a != null) {
            write(a.withStarred(!a.starred()));
        }
    }

    /** Marks every unread article of the window's filter read, in one transaction. */
    public void onMarkAllRead() {
        ArticleFilter f = state.filter().get();
        cancelRead();
        Long open = current.get() == null ? null : current.get().id();
        executor.execute(BackgroundTask.of("Mark all read", ctx -> {
            int n = reading.markAllRead(f);
            boolean openRead = open != null && reading.isRead(open);
            return new int[] {n, openRead ? 1 : 0};
        }).onSuccess(r -> {
            error.set("");
            lastMarked.set(r[0]);
            ArticleSummary a = current.get();
            if (a != null && open != null && a.id() == open && r[1] == 1 && !a.read()) {
                current.set(a.withRead(true));
            }
            allChanged.run();
        }).onFailure(e -> error.set("Could not mark the articles read: " + e.getMessage())));
    }

    private void write(ArticleSummary next) {
        ArticleSummary before = current.get();
        if (closed || before == null || before.id() != next.id()) {
            return;
        }
        current.set(next);
        shown.accept(next);
        executor.execute(BackgroundTask.of("Reading state", ctx -> {
            if (before.read() != next.read()) {
                reading.setRead(next.id(), next.read());
            }
            if (before.starred() != next.starred()) {
                reading.setStarred(next.id(), next.starred());
            }
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            error.set("");
            countsChanged.run();
        }).onFailure(e -> {
            ArticleSummary now = current.get();
            if (now != null && now.id() == before.id()) {
                current.set(before);
            }
            shown.accept(before);
            error.set("Could not save the reading state: " + e.getMessage());
        }));
    }

    private void scheduleRead(long id) {
        if (readAfter != null) {
            pendingRead = id;
            readAfter.trigger();
        }
    }

    private void cancelRead() {
        pendingRead = -1;
        if (readAfter != null) {
            readAfter.cancel();
        }
    }

    /** The wait is over: the article is read if it is still the open one and still unread. */
    private void readPending() {
        long id = pendingRead;
        pendingRead = -1;
        ArticleSummary open = current.get();
        if (open != null && open.id() == id && !open.read()) {
            write(open.withRead(true));
        }
    }
}
