package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A chat as a session's chat list shows it: its title (its first question), when it began and was last used. */
@RegisterForReflection
public record ChatSummary(UUID id, String title, int questions, Instant createdAt, Instant updatedAt) {
}
