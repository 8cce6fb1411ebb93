package org.newslens.ui.actors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.store.ActorStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.WindowState;

/**
 * The user's corrections to the library's actors: rename, merge, hide. Each runs in the background;
 * on success the filter's chips follow and the window state says the library changed, so that the
 * sidebar, the list, the reader, the picker and the timeline reload. A refusal lands in {@link #errorProperty()}.
 */
public final class ActorCorrections {
    private final ActorStore actors;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final java.util.Set<Long> watched = new java.util.HashSet<>();

    public ActorCorrections(ActorStore actors, TaskExecutor executor, WindowState state) {
        this.actors = actors;
        this.executor = executor;
        this.state = state;
    }

    /** Why the last correction failed ("" after a success). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ActorStore store() {
        return actors;
    }

    public void onRename(long actorId, String newName) {
        String name = newName == null ? "" : newName.strip();
        run("Rename", () -> actors.rename(actorId, name), () -> state.filter().replacePerson(actorId, actorId, name));
    }

    /** Merges {@code fromId} into {@code intoId}: the two become one actor named like the target. */
    public void onMerge(long fromId, long intoId, String intoName) {
        run("Merge", () -> actors.merge(fromId, intoId), () -> {
            state.filter().replacePerson(fromId, intoId, intoName);
            if (state.selectedActorProperty().get() != null && state.selectedActorProperty().get() == fromId) {
                state.selectActor(intoId);
            }
        });
    }

    public void onHide(long actorId) {
        run("Hide", () -> actors.setHidden(actorId, true), () -> state.filter().removePerson(actorId));
    }

    /** Shows a hidden actor again in lists, the sidebar and the picker. */
    public void onUnhide(long actorId) {
        run("Show again", () -> actors.setHidden(actorId, false), () -> { });
    }

    /** Watches an actor (the sources pane counts the unread articles that mention it) or stops. */
    public void onWatch(long actorId, boolean watch) {
        run(watch ? "Watch" : "Unwatch", () -> actors.setWatched(actorId, watch), () -> {
            if (watch) {
                watched.add(actorId);
            } else {
                watched.remove(actorId);
            }
        });
    }

    /** Whether the actor is watched, as far as the last counts (or a watch from here) tell. */
    public boolean isWatched(long actorId) {
        return watched.contains(actorId);
    }

    /** The watched actors, as the sources pane last counted them. */
    public void knowWatched(java.util.Collection<Long> actorIds) {
        watched.clear();
        watched.addAll(actorIds);
    }

    /** Loads the hidden actors in the background and hands them to {@code show} (on the callback thread). */
    public void loadHidden(java.util.function.Consumer<java.util.List<org.newslens.model.ActorRef>> show) {
        executor.execute(BackgroundTask.of("Hidden actors",
                        ctx -> actors.list(null, true).stream().filter(org.newslens.model.ActorRef::hidden).toList())
                .onSuccess(show)
                .onFailure(e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage())));
    }

    private void run(String title, Runnable work, Runnable after) {
        executor.execute(BackgroundTask.of(title, ctx -> {
            work.run();
            return Boolean.TRUE;
        }).onSuccess(ok -> {
            error.set("");
            after.run();
            state.libraryChanged();
        }).onFailure(e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage())));
    }
}
