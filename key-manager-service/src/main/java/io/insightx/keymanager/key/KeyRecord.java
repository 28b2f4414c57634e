package io.insightx.keymanager.key;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The mutable state of one key; only {@link KeyPool} touches it, under its lock. */
final class KeyRecord {

    enum State {
        HEALTHY, COOLING, DISABLED
    }

    final ApiKey key;
    State state = State.HEALTHY;
    Instant cooldownUntil;
    long requests;
    int inFlight;
    final Map<String, Long> failures = new TreeMap<>();
    Instant lastErrorAt;
    Failure.Kind lastFailure;
    int consecutive;

    KeyRecord(ApiKey key) {
        this.key = key;
    }

    String id() {
        return key.id();
    }

    KeySnapshot snapshot() {
        return new KeySnapshot(key.id(), key.fingerprint(), state.name().toLowerCase(), cooldownUntil, requests,
                inFlight, Map.copyOf(failures), lastErrorAt);
    }
}
