package io.insightx.sqltool.dataset;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A stored dataset. {@code tableName} is how SQL sees it; it is unique within the dataset's {@code scope} (the
 * orchestrator passes its session id), which is all that one query may combine.
 */
@RegisterForReflection
public record Dataset(String id, String name, String tableName, String format, String scope, long rowCount,
        int columnCount, long sizeBytes, Instant createdAt, DataDna dna) {
}
