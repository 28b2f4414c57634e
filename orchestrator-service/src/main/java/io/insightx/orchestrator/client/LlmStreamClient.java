package io.insightx.orchestrator.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chat completions through key-manager, streamed or not, under three time limits of its own: connecting, the first
 * byte of the answer, and silence in the middle of it ({@code insightx.llm.*}). Streamed text is handed on as the
 * model writes it, so the browser sees the answer grow. A time limit that passes is an {@code llm-timeout} that
 * says what was slow.
 */
@ApplicationScoped
public class LlmStreamClient {

    private final HttpClient http;
    private final URI endpoint;
    private final OrchestratorConfig config;
    private final OrchestratorConfig.Llm limits;
    private final ObjectMapper json;

    public LlmStreamClient(@ConfigProperty(name = "quarkus.rest-client.key-manager.url") String baseUrl,
            OrchestratorConfig config, ObjectMapper json) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/v1/chat/completions");
        this.config = config;
        this.limits = config.llm();
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(limits.connectTimeout()).build();
    }

    /** Sends {@code request} with {@code stream: true}; every text delta goes to {@code text} as it arrives. */
    public LlmReply stream(ObjectNode request, Consumer<String> text) {
        request.put("stream", true);
        return send(request, text);
    }

    /** Sends {@code request} without streaming and returns the whole reply. */
    public LlmReply complete(ObjectNode request) {
        request.remove("stream");
        return send(request, piece -> { });
    }

    private LlmReply send(ObjectNode request, Consumer<String> text) {
        long sent = System.nanoTime();
        StreamedLines lines = new StreamedLines();
        try {
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = http.send(httpRequest(request),
                    HttpResponse.BodyHandlers.ofPublisher());
            response.body().subscribe(HttpResponse.BodySubscribers.fromLineSubscriber(lines));
            if (response.statusCode() != 200) {
                throw LlmUnavailableException.fromStatus(response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null), body(lines, sent), null);
            }
            LlmReplyReader reader = new LlmReplyReader(json, text);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                for (String line = next(lines, sent, true); line != null && !reader.sseLine(line); ) {
                    line = next(lines, sent, false);
                }
            } else {
                reader.whole(body(lines, sent));
            }
            return reader.reply(response.headers().firstValue("X-InsightX-Key").orElse(null),
                    LlmReply.rotations(response.headers().firstValue("X-InsightX-Rotation-Reasons").orElse(null)));
        } catch (HttpConnectTimeoutException e) {
            throw LlmUnavailableException.timeout("The LLM gateway could not be reached within "
                    + seconds(limits.connectTimeout()) + " (insightx.llm.connect-timeout); try again.");
        } catch (HttpTimeoutException e) {
            throw firstByteMissed();
        } catch (StreamedLines.Silence e) {
            throw lines.started() ? LlmUnavailableException.timeout("The model stopped writing for "
                    + seconds(limits.idleTimeout()) + " in the middle of its answer (insightx.llm.idle-timeout); "
                    + "try again.") : firstByteMissed();
        } catch (IOException e) {
            throw new LlmUnavailableException("llm-error", "The LLM gateway could not be reached.", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("llm-error", "Interrupted while the model was answering.", null, e);
        } finally {
            lines.cancel();
        }
    }

    private HttpRequest httpRequest(ObjectNode request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(limits.firstByteTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", request.path("stream").asBoolean() ? "text/event-stream" : "application/json");
        config.internalToken().filter(t -> !t.isBlank()).ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build();
    }

    /** The first line may take until the first-byte limit; each later one at most the idle limit. */
    private String next(StreamedLines lines, long sent, boolean first)
            throws StreamedLines.Silence, IOException, InterruptedException {
        Duration left = limits.firstByteTimeout().minusNanos(System.nanoTime() - sent);
        return lines.next(first ? left : limits.idleTimeout());
    }

    private String body(StreamedLines lines, long sent) throws StreamedLines.Silence, IOException,
            InterruptedException {
        StringBuilder body = new StringBuilder();
        for (String line = next(lines, sent, true); line != null; line = next(lines, sent, false)) {
            body.append(line).append('\n');
        }
        return body.toString();
    }

    private LlmUnavailableException firstByteMissed() {
        return LlmUnavailableException.timeout("The model did not start answering within "
                + seconds(limits.firstByteTimeout()) + " (insightx.llm.first-byte-timeout); try again.");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
