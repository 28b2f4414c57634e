package io.insightx.sqltool.dataset;

import java.nio.file.Path;

import io.insightx.sqltool.query.SqlText;

/** The upload formats, each with the DuckDB expression that reads it. */
public enum DatasetFormat {
    CSV, TSV, PARQUET, JSON, NDJSON;

    public String label() {
        return name().toLowerCase();
    }

    /** A table expression reading {@code file}; {@code fullSniff} makes CSV type detection look at every row. */
    String reader(Path file, boolean fullSniff) {
        String path = SqlText.literal(file.toString());
        String sample = fullSniff ? ", sample_size = -1" : "";
        return switch (this) {
            case CSV -> "read_csv(" + path + ", header = true" + sample + ")";
            case TSV -> "read_csv(" + path + ", header = true, delim = '\\t'" + sample + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON -> "read_json(" + path + ", format = 'array')";
            case NDJSON -> "read_json(" + path + ", format = 'auto')";
        };
    }
}
