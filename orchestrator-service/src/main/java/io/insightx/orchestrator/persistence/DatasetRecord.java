package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A dataset of a session: its id in sql-tool, its table name, and its Data DNA as sql-tool computed it. */
@RegisterForReflection
public record DatasetRecord(UUID id, UUID sessionId, String toolId, String name, String tableName, long rowCount,
        @JsonRawValue String dna, Instant createdAt) {
}
