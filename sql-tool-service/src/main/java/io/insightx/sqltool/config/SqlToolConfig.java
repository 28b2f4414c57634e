package io.insightx.sqltool.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything this service can be told, under {@code insightx.*} (each key overridable by environment variable). */
@ConfigMapping(prefix = "insightx")
public interface SqlToolConfig {

    /** Bearer token every API call must carry ({@code INSIGHTX_INTERNAL_TOKEN}); no check when absent. */
    Optional<String> internalToken();

    Storage storage();

    Upload upload();

    Query query();

    interface Storage {
        /** Directory holding each dataset as Parquet with its metadata beside it ({@code INSIGHTX_STORAGE_DIR}). */
        @WithDefault("${user.home}/.insightx/datasets")
        String dir();
    }

    interface Upload {
        /** Largest accepted upload; larger ones are refused with 413 before they are read. */
        @WithDefault("1073741824")
        long maxBytes();

        /**
         * Deepest nesting of arrays and objects a JSON upload may have; deeper files are refused before DuckDB reads
         * them (DuckDB crashes at a thousand levels, and profiling takes 3 s at 16 levels but 38 s at 24).
         */
        @WithDefault("16")
        int jsonMaxDepth();

        /** Most columns an upload may have (header fields of a CSV, keys of one JSON object). */
        @WithDefault("2000")
        int maxColumns();

        /** Time the conversion of one upload may take; its worker process is killed beyond it. */
        @WithDefault("5m")
        Duration timeout();

        /** Java heap of the short-lived worker process that converts an upload (DuckDB's memory is native). */
        @WithDefault("256m")
        String workerHeap();

        /**
         * Test hook only: a worker given a file that starts with these bytes halts as a native crash would. Never
         * set outside tests.
         */
        Optional<String> workerCrashMarker();
    }

    interface Query {
        /** Rows returned when a request names no {@code maxRows}. */
        @WithDefault("1000")
        int defaultMaxRows();

        /** Upper bound for {@code maxRows}; exports are not bound by it. */
        @WithDefault("100000")
        int maxRowsLimit();

        /**
         * Largest result {@code POST /v1/query} returns, as JSON bytes; rows beyond it are not read and the result
         * says {@code truncated: true, truncatedReason: max-result-bytes}.
         */
        @WithDefault("33554432")
        long maxResultBytes();

        /** Largest file an export may write; a larger one is stopped, deleted and refused with 413. */
        @WithDefault("1073741824")
        long maxExportBytes();

        /** Time a query may run when a request names no {@code timeoutMs}. */
        @WithDefault("10s")
        Duration defaultTimeout();

        /** Upper bound for {@code timeoutMs}. */
        @WithDefault("5m")
        Duration maxTimeout();

        /** DuckDB {@code memory_limit} of each query database. */
        @WithDefault("2GB")
        String memoryLimit();

        /** DuckDB {@code threads} of each query's database. */
        @WithDefault("2")
        int threads();

        /** DuckDB {@code max_temp_directory_size} of each query's database (its spill space). */
        @WithDefault("4GB")
        String maxTempSize();

        /**
         * Locked-down databases kept open for the dataset sets queried most recently. Opening one costs ~19 ms of
         * CPU, keeping one idle ~4 MB of native memory; fewer than the sets in use (16 for 20 users) made nearly
         * every query open one.
         */
        @WithDefault("64")
        int openDatabases();
    }
}
