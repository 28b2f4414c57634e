package io.insightx.orchestrator.client;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * sql-tool-service, with its failures told apart: a 4xx is the request's fault ({@link ToolRejectedException},
 * which an agent can correct) and never trips the breaker; anything else is an outage.
 */
@ApplicationScoped
public class SqlToolClient {

    private final SqlToolRestClient rest;
    private final SqlToolUploads uploads;

    public SqlToolClient(@RestClient SqlToolRestClient rest, SqlToolUploads uploads) {
        this.rest = rest;
        this.uploads = uploads;
    }

    @Timeout(value = 30, unit = SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = SECONDS,
            skipOn = ToolRejectedException.class)
    @CircuitBreakerName("sql-tool-query")
    public JsonNode query(JsonNode request) {
        return rest.query(request);
    }

    /** The whole result of a query as CSV, streamed: the caller reads what it needs and closes the stream. */
    @Timeout(value = 60, unit = SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = SECONDS,
            skipOn = ToolRejectedException.class)
    @CircuitBreakerName("sql-tool-export")
    public InputStream exportCsv(JsonNode request) {
        return rest.export(request, "csv");
    }

    /**
     * Streams an upload on to sql-tool while it arrives; {@code fields} are read once the file is through. No
     * timeout of its own: an upload lasts as long as the sender's connection needs (the HTTP idle timeout still
     * ends a stalled one).
     */
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = SECONDS,
            skipOn = {ToolRejectedException.class, UploadStoppedException.class})
    @CircuitBreakerName("sql-tool-upload")
    public JsonNode upload(String fileName, InputStream file, Supplier<Map<String, String>> fields) throws IOException {
        return uploads.upload(fileName, file, fields);
    }

    /** Removes a dataset (a duplicate upload's twin). */
    public void delete(String toolId) {
        rest.delete(toolId);
    }
}
