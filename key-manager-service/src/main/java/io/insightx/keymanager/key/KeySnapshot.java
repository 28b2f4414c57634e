package io.insightx.keymanager.key;

import java.time.Instant;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A key as operators see it: state and counters, with only a fingerprint of the secret. */
@RegisterForReflection
public record KeySnapshot(String id, String fingerprint, String state, Instant cooldownUntil, long requests,
        int inFlight, Map<String, Long> failures, Instant lastErrorAt) {
}
