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
    }

    interface Query {
        /** Rows returned when a request names no {@code maxRows}. */
        @WithDefault("1000")
        int defaultMaxRows();

        /** Upper bound for {@code maxRows}; exports are not bound by it. */
        @WithDefault("100000")
        int maxRowsLimit();

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

        /** Locked-down databases kept open for the dataset sets queried most recently. */
        @WithDefault("16")
        int openDatabases();
    }
}
