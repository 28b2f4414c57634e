package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A user question or an assistant answer; {@code intent} is how the assistant chose to answer. */
@RegisterForReflection
public record Message(UUID id, UUID chatId, String role, String content, String intent, Instant createdAt) {
}
