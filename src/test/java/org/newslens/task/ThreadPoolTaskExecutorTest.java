package org.newslens.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadPoolTaskExecutorTest {
    @Test
    void deliversResultsFailuresAndProgressOnTheCallbackExecutor() throws Exception {
        List<String> callbackThreads = new CopyOnWriteArrayList<>();
        try (ThreadPoolTaskExecutor ex = new ThreadPoolTaskExecutor(1, r -> {
            callbackThreads.add(Thread.currentThread().getName());
            r.run();
        })) {
            CompletableFuture<Integer> ok = new CompletableFuture<>();
            List<Progress> progress = new CopyOnWriteArrayList<>();
            ex.execute(BackgroundTask.of("sum", ctx -> {
                ctx.progress(1, 2, "half");
                return 42;
            }).onProgress(progress::add).onSuccess(ok::complete));
            assertEquals(42, ok.get(5, TimeUnit.SECONDS));
            assertEquals(0.5, progress.get(0).fraction());

            CompletableFuture<Throwable> failed = new CompletableFuture<>();
            ex.execute(BackgroundTask.of("fail", ctx -> {
                throw new IllegalStateException("nope");
            }).onFailure(failed::complete));
            assertEquals("nope", failed.get(5, TimeUnit.SECONDS).getMessage());
        }
        assertTrue(callbackThreads.stream().allMatch(n -> n.startsWith("newslens-worker")));
    }

    @Test
    void cancelStopsAtTheNextCheckAndCallsOnCancelled() throws Exception {
        try (ThreadPoolTaskExecutor ex = new ThreadPoolTaskExecutor(1, Runnable::run)) {
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<String> outcome = new CompletableFuture<>();
            TaskHandle h = ex.execute(BackgroundTask.of("loop", ctx -> {
                started.countDown();
                while (!ctx.isCancelled()) {
                    Thread.onSpinWait();
                }
                return "stopped";
            }).onSuccess(r -> outcome.complete("success")).onCancelled(() -> outcome.complete("cancelled")));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            h.cancel();
            assertEquals("cancelled", outcome.get(5, TimeUnit.SECONDS));
            assertTrue(h.isCancelled());
        }
    }

    @Test
    void currentThreadExecutorRunsInline() {
        StringBuilder sb = new StringBuilder();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("x", ctx -> "done").onSuccess(sb::append));
        assertEquals("done", sb.toString());
    }

    @Test
    void workOfferedAfterCloseIsNotStartedAndDoesNotThrow() {
        ThreadPoolTaskExecutor ex = new ThreadPoolTaskExecutor(1, Runnable::run);
        ex.close();
        List<String> ran = new CopyOnWriteArrayList<>();
        TaskHandle h = ex.execute(BackgroundTask.of("late", ctx -> ran.add("work")).onSuccess(ok -> ran.add("success")));
        assertTrue(h.isCancelled());
        assertTrue(h.isDone());
        assertEquals(List.of(), ran);
    }

    /** Both executors end a task the same way: an Error from the work reaches onFailure, not the worker's death. */
    @Test
    void bothExecutorsCatchTheSameThrowables() throws Exception {
        try (ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor(1, Runnable::run);
             CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor()) {
            for (TaskExecutor ex : List.<TaskExecutor>of(pool, inline)) {
                CompletableFuture<Throwable> failed = new CompletableFuture<>();
                ex.execute(BackgroundTask.of("overflow", ctx -> {
                    throw new StackOverflowError("deep");
                }).onFailure(failed::complete).onSuccess(r -> failed.complete(null)));
                assertTrue(failed.get(5, TimeUnit.SECONDS) instanceof StackOverflowError, ex.getClass().getSimpleName());
            }
        }
    }

    /** A callback that throws is not a failed task: onFailure is not called after onSuccess. */
    @Test
    void aThrowingSuccessCallbackIsNotReportedAsAFailure() {
        List<String> calls = new CopyOnWriteArrayList<>();
        RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                new CurrentThreadTaskExecutor().execute(BackgroundTask.of("x", ctx -> "done")
                        .onSuccess(r -> { calls.add("success"); throw new IllegalStateException("in the callback"); })
                        .onFailure(e -> calls.add("failure"))));
        assertEquals("in the callback", thrown.getMessage());
        assertEquals(List.of("success"), calls);
    }
}
