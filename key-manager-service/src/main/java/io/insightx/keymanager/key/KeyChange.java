package io.insightx.keymanager.key;

import java.time.Instant;

/** A key's new state, as replicas tell each other: by the hash of its secret, never the secret or a local id. */
public record KeyChange(String keyHash, String state, Instant cooldownUntil) {
}
