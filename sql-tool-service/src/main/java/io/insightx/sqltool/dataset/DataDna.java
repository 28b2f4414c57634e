package io.insightx.sqltool.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A dataset's profile: what the agents read before they write a line of SQL or Python. */
@RegisterForReflection
public record DataDna(String datasetId, String tableName, String name, String format, long rowCount, int columnCount,
        long sizeBytes, List<ColumnProfile> columns, List<Map<String, Object>> sampleRows, List<DnaWarning> warnings,
        Instant createdAt) {
}
