package io.insightx.orchestrator.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines of a response body as they arrive, read with a time limit per line. The JDK client has no read timeout
 * for a body, and a blocked read of its input stream cannot be woken, so the lines are queued by a subscriber and
 * taken with {@code poll(timeout)}: a stalled stream ends in a timeout instead of a thread waiting for ever.
 */
final class StreamedLines implements Flow.Subscriber<String> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private boolean started;

    /** Thrown when no line came within the time allowed. */
    static final class Silence extends Exception {
        Silence() {
            super(null, null, false, false);
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        queue.add(line);
    }

    @Override
    public void onError(Throwable error) {
        queue.add(error);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** The next line, or null at the end of the body. */
    String next(Duration within) throws Silence, IOException, InterruptedException {
        Object item = queue.poll(Math.max(1, within.toMillis()), TimeUnit.MILLISECONDS);
        if (item == null) {
            throw new Silence();
        }
        if (item instanceof Throwable error) {
            throw error instanceof IOException io ? io : new IOException(error);
        }
        started = true;
        return item == END ? null : (String) item;
    }

    /** Whether anything of the body (a line, or its end) has come yet. */
    boolean started() {
        return started;
    }

    /** Stops reading: the connection is released even when the body has not ended. */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
