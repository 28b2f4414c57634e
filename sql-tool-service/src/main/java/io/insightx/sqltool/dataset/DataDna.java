package io.insightx.sqltool.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A dataset's profile: what the agents read before they write a line of SQL or Python. {@code encoding} is the
 * character encoding a CSV or TSV upload was read in ({@code UTF-8} unless detected otherwise); it is absent for
 * binary and JSON formats.
 */
@RegisterForReflection
public record DataDna(String datasetId, String tableName, String name, String format, String encoding, long rowCount,
        int columnCount, long sizeBytes, List<ColumnProfile> columns, List<Map<String, Object>> sampleRows,
        List<DnaWarning> warnings, Instant createdAt) {

    /** A profile of the data alone; {@link #withSource} adds what is known of the file it came from. */
    public DataDna(String datasetId, String tableName, String name, String format, long rowCount, int columnCount,
            long sizeBytes, List<ColumnProfile> columns, List<Map<String, Object>> sampleRows,
            List<DnaWarning> warnings, Instant createdAt) {
        this(datasetId, tableName, name, format, null, rowCount, columnCount, sizeBytes, columns, sampleRows, warnings,
                createdAt);
    }

    /** The same profile, with the file's encoding and the warnings about the file put first. */
    public DataDna withSource(String fileEncoding, List<DnaWarning> fileWarnings) {
        List<DnaWarning> all = new ArrayList<>(fileWarnings);
        all.addAll(warnings);
        return new DataDna(datasetId, tableName, name, format, fileEncoding, rowCount, columnCount, sizeBytes, columns,
                sampleRows, all, createdAt);
    }
}
