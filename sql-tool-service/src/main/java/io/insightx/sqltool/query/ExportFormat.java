package io.insightx.sqltool.query;

import java.util.Locale;

/** The file formats a whole result can be exported to, with DuckDB's COPY options for each. */
public enum ExportFormat {
    CSV("csv", "text/csv", "FORMAT csv, HEADER true"),
    PARQUET("parquet", "application/vnd.apache.parquet", "FORMAT parquet, COMPRESSION zstd"),
    JSON("json", "application/json", "FORMAT json, ARRAY true");

    private final String extension;
    private final String mediaType;
    private final String copyOptions;

    ExportFormat(String extension, String mediaType, String copyOptions) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.copyOptions = copyOptions;
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf((name == null ? "csv" : name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryException.badRequest("'format' must be csv, parquet or json.");
        }
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    String copyOptions() {
        return copyOptions;
    }
}
