package io.insightx.sqltool.dataset;

import java.util.regex.Pattern;

/** The storage families of DuckDB types that decide which statistics a column gets. */
enum ColumnKind {
    NUMERIC, TEMPORAL, BOOLEAN, TEXT, OTHER;

    private static final Pattern NUMERIC_TYPES = Pattern.compile(
            "U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL.*");
    private static final Pattern TEMPORAL_TYPES = Pattern.compile("(DATE|TIME|TIMESTAMP)( .*|_.*)?");

    static ColumnKind of(String duckDbType) {
        if (NUMERIC_TYPES.matcher(duckDbType).matches()) {
            return NUMERIC;
        }
        if (TEMPORAL_TYPES.matcher(duckDbType).matches()) {
            return TEMPORAL;
        }
        if (duckDbType.equals("BOOLEAN")) {
            return BOOLEAN;
        }
        return duckDbType.equals("VARCHAR") ? TEXT : OTHER;
    }

    boolean orderable() {
        return this != OTHER;
    }
}
