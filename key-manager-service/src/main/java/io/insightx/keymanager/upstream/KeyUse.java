package io.insightx.keymanager.upstream;

import java.util.concurrent.atomic.AtomicBoolean;

import io.insightx.keymanager.key.ApiKey;
import io.insightx.keymanager.key.KeyPool;

/**
 * One attempt's hold on a key. The key counts as in flight from the pool's acquire until this is released, exactly
 * once, however the attempt ends: an answer, a failure, a timeout, or a caller who cancels or drops a stream.
 */
final class KeyUse {

    final ApiKey key;
    private final KeyPool pool;
    private final AtomicBoolean released = new AtomicBoolean();

    KeyUse(KeyPool pool, ApiKey key) {
        this.pool = pool;
        this.key = key;
    }

    void release() {
        if (released.compareAndSet(false, true)) {
            pool.release(key);
        }
    }
}
