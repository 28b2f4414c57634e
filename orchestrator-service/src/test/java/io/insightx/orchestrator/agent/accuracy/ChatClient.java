package io.insightx.orchestrator.agent.accuracy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.support.SseEvents;

/**
 * Asks the analyst through {@code POST /api/chat/stream} with the JDK's HTTP client: RestAssured runs Groovy for every
 * request, a fifth of the graders' time over thousands of questions.
 */
final class ChatClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI stream;
    private final ObjectMapper json;

    ChatClient(URL stream, ObjectMapper json) throws URISyntaxException {
        this.stream = stream.toURI();
        this.json = json;
    }

    /** The whole answer stream of one request ({@code sessionId}, {@code message}, perhaps {@code chatId}). */
    SseEvents ask(Map<String, ?> request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(stream)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("chat answered " + response.statusCode() + ": " + response.body());
        }
        return SseEvents.parse(response.body());
    }
}
