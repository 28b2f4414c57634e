package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Something the session has learned about its data, fed into later prompts. */
@RegisterForReflection
public record Insight(UUID id, UUID sessionId, UUID chatId, String text, Instant createdAt) {
}
