package io.insightx.keymanager.key;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something that happened to a key: {@code rotated} (a request moved on from it), {@code cooled-down},
 * {@code disabled}, {@code recovered} or {@code enabled}. Carries ids, never secrets.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyEvent(String type, String keyId, String reason, Instant until, Instant at) {
}
