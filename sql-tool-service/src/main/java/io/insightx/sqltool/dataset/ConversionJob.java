package io.insightx.sqltool.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a {@link ConversionWorker} is asked to do, written by the service as a JSON file: read {@code source},
 * write {@code target} as Parquet, profile it into {@code dnaFile}; a reader error goes to {@code errorFile}.
 */
public record ConversionJob(DatasetFormat format, String source, String target, String dnaFile, String errorFile,
        String memoryLimit, int threads, DataDnaProfiler.Identity identity) {

    /** The one JSON mapping both sides use (the worker has no Quarkus to configure one). */
    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
