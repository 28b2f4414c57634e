package io.insightx.keymanager.key;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Broadcasts key events to whoever listens now (the SSE endpoint); nothing is kept for later listeners. */
public final class KeyEvents {

    private final BroadcastProcessor<KeyEvent> hub = BroadcastProcessor.create();
    private final Object lock = new Object();

    void publish(KeyEvent event) {
        synchronized (lock) {
            hub.onNext(event);
        }
    }

    /** Events from now on. Each listener has a buffer of its own; one that falls 1,024 events behind is cut off. */
    public Multi<KeyEvent> stream() {
        return hub.onOverflow().buffer(1024);
    }
}
