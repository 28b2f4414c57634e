package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A workspace: its datasets, chats, artifacts and insights belong to one user. */
@RegisterForReflection
public record Session(UUID id, @JsonIgnore String userId, String title, Instant createdAt) {
}
