package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.task.CurrentThreadTaskExecutor;

class TaskStateTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void cancelDuringTheWorkIsSeenAtItsNextCheckAndLaterProgressIsNotShown() {
        TaskState state = new TaskState(this);
        List<String> events = new ArrayList<>();
        boolean started = state.<Integer>task("t", "Starting", ctx -> {
                    ctx.progress(1, 4, "one");
                    state.cancel(); // the executor runs the work on this thread: no handle yet
                    ctx.progress(2, 4, "two");
                    return ctx.isCancelled() ? -1 : 1;
                })
                .onProgress(p -> events.add("progress " + p.message()))
                .onSuccess(r -> events.add("success " + r + " running=" + state.isRunning() + " progress=" + state.progressProperty().get()))
                .onCancelled(() -> events.add("cancelled"))
                .start(executor);
        assertTrue(started);
        // The work saw the cancel and returned early; before the handle was known, it ends as its result says.
        assertEquals(List.of("progress one", "success -1 running=false progress=0.0"), events);
        assertEquals("Cancelling…", state.messageProperty().get());
    }

    @Test
    void aSecondTaskDoesNotStartWhileOneRunsAndAFailureEndsTheRun() {
        TaskState state = new TaskState(this);
        List<String> events = new ArrayList<>();
        state.<Integer>task("outer", "Outer", ctx -> {
                    boolean second = state.<Integer>task("inner", "Inner", c -> 2).start(executor);
                    events.add("second started=" + second + " message=" + state.messageProperty().get());
                    throw new IllegalStateException("broken");
                })
                .onFailure(e -> {
                    events.add("failed " + e.getMessage() + " running=" + state.isRunning());
                    state.setMessage(null);
                })
                .start(executor);
        assertEquals(List.of("second started=false message=Outer", "failed broken running=false"), events);
        assertEquals("", state.messageProperty().get());
        assertFalse(state.isRunning());
    }
}
