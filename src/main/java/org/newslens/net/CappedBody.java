package org.newslens.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, one chunk at a time. Over the cap it either fails
 * ({@link TooLarge}, for bodies we want) or keeps what it has (error pages we only drain); either
 * way it stops reading. {@link #abort()} stops it from another thread (the deadline, a cancel).
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body went over the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body over the cap");
        }
    }

    private final long cap;
    private final boolean strict;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /**
     * @param strict true: over the cap is an error; false: the body is cut at the cap
     */
    CappedBody(long cap, boolean strict) {
        this.cap = cap;
        this.strict = strict;
    }

    /** A body that fails at once (its Content-Length already says it is too large). */
    static CappedBody refused() {
        CappedBody b = new CappedBody(0, true);
        b.result.completeExceptionally(new TooLarge());
        return b;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buf.size() + (long) n > cap) {
                subscription.cancel();
                if (strict) {
                    result.completeExceptionally(new TooLarge());
                } else {
                    byte[] chunk = new byte[(int) (cap - buf.size())];
                    b.get(chunk);
                    buf.writeBytes(chunk);
                    result.complete(buf.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buf.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(buf.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading and lets go of the connection. */
    void abort() {
        Flow.Subscription s;
        synchronized (this) {
            result.completeExceptionally(new IOException("aborted"));
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
    }
}
