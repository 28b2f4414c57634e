package io.insightx.orchestrator.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Streamed chat completions through key-manager: each piece of text is handed on as the model writes it, so the
 * browser sees the answer grow. The MicroProfile client reads whole bodies; this one reads the SSE lines.
 */
@ApplicationScoped
public class LlmStreamClient {

    private static final Duration FIRST_BYTE = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final OrchestratorConfig config;
    private final ObjectMapper json;

    public LlmStreamClient(@ConfigProperty(name = "quarkus.rest-client.key-manager.url") String baseUrl,
            OrchestratorConfig config, ObjectMapper json) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/v1/chat/completions");
        this.config = config;
        this.json = json;
    }

    /** Sends {@code request} with {@code stream: true}; every text delta goes to {@code text} as it arrives. */
    public LlmReply stream(ObjectNode request, Consumer<String> text) {
        request.put("stream", true);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(FIRST_BYTE)
                .header("Content-Type", "application/json").header("Accept", "text/event-stream");
        config.internalToken().filter(t -> !t.isBlank()).ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<Stream<String>> response = http.send(builder.POST(HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(request))).build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw LlmUnavailableException.fromStatus(response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null), null);
            }
            StringBuilder content = new StringBuilder();
            try (Stream<String> lines = response.body()) {
                lines.filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip())
                        .takeWhile(data -> !"[DONE]".equals(data))
                        .forEach(data -> delta(data).ifPresent(piece -> {
                            content.append(piece);
                            text.accept(piece);
                        }));
            }
            return new LlmReply(content.toString(), response.headers().firstValue("X-InsightX-Key").orElse(null),
                    LlmReply.rotations(response.headers().firstValue("X-InsightX-Rotation-Reasons").orElse(null)));
        } catch (IOException e) {
            throw new LlmUnavailableException("llm-error", "The LLM gateway could not be reached.", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("llm-error", "Interrupted while the model was answering.", null, e);
        }
    }

    private Optional<String> delta(String data) {
        try {
            JsonNode piece = json.readTree(data).path("choices").path(0).path("delta").path("content");
            return piece.isTextual() && !piece.asText().isEmpty() ? Optional.of(piece.asText())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
