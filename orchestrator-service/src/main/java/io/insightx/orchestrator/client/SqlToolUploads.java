package io.insightx.orchestrator.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an upload on to sql-tool's {@code POST /v1/datasets} while it is still arriving, as a chunked multipart
 * body: the orchestrator holds a few buffers of it at a time, whatever the file's size. (The REST client would
 * need the whole file first; the JDK client streams.) {@link SqlToolClient} adds the fault tolerance.
 */
@ApplicationScoped
class SqlToolUploads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI datasets;
    private final OrchestratorConfig config;

    SqlToolUploads(@ConfigProperty(name = "quarkus.rest-client.sql-tool.url") String baseUrl, OrchestratorConfig config) {
        this.datasets = URI.create(baseUrl.replaceAll("/+$", "") + "/v1/datasets");
        this.config = config;
    }

    /**
     * Streams {@code file} to sql-tool, followed by {@code fields} (read once the file is through).
     *
     * @throws UploadStoppedException the sender's side failed (over the cap, connection closed)
     * @throws ToolRejectedException sql-tool refused the dataset (4xx, with its problem's sentence)
     * @throws IOException sql-tool could not be reached or failed
     */
    JsonNode upload(String fileName, InputStream file, Supplier<Map<String, String>> fields) throws IOException {
        MultipartBody body = new MultipartBody();
        HttpRequest.Builder request = HttpRequest.newBuilder(datasets).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body.stream(fileName, file, fields)));
        config.internalToken().filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw senderSide(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The upload to sql-tool was interrupted.", e);
        }
        if (response.statusCode() >= 500) {
            throw new IOException("sql-tool failed with " + response.statusCode());
        }
        if (response.statusCode() >= 400) {
            throw ToolErrors.rejected(response.statusCode(), response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The JDK client wraps what the body's stream threw: give back the sender's failure itself when it was one. */
    private static IOException senderSide(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UploadStoppedException stopped) {
                return stopped;
            }
        }
        return e;
    }
}
