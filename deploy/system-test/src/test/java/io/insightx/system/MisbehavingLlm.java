package io.insightx.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * An OpenAI-compatible provider that behaves like real models do, behind the real key-manager: it refuses OpenAI
 * tools with a 400, thinks aloud in {@code <think>} blocks, fences its JSON and its SQL, invents a temperature, and
 * stalls in the middle of a stream. Each question's text picks its behaviour.
 */
final class MisbehavingLlm extends LlmStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger toolRequests = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** Requests that carried {@code tools} (each refused). */
    int toolRequests() {
        return toolRequests.get();
    }

    MisbehavingLlm() throws IOException {
        super();
    }

    @Override
    void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode request = JSON.readTree(body);
            if (request.has("tools")) {
                toolRequests.incrementAndGet();
                send(exchange, 400, "{\"error\":{\"message\":\"Unrecognized request argument: tools\","
                        + "\"type\":\"invalid_request_error\"}}");
                return;
            }
            String system = request.path("messages").path(0).path("content").asText();
            String messages = request.path("messages").toString();
            boolean stall = messages.contains("stall");
            boolean madeUp = messages.contains("warmest");
            if (system.contains("orchestrator of a team")) {
                reply(exchange, "<think>Is it {\"intent\": \"PY_ONLY\"}? No.</think>\n```json\n{\"intent\": \""
                        + (stall ? "explain" : "sql-only") + "\", \"reason\": \"scripted\"}\n```");
            } else if (system.contains("You write one DuckDB SQL")) {
                String sql = madeUp ? "SELECT weather, round(avg(temp_max), 2) AS t FROM seattle_weather GROUP BY 1"
                        : "SELECT count(*) AS days FROM seattle_weather";
                reply(exchange, "Here it is:\n" + JSON.writeValueAsString(Map.of("sql", "```sql\n" + sql + "\n```")));
            } else if (request.path("stream").asBoolean()) {
                stream(exchange, madeUp ? "Fog is warmest at 25.3 °C." : "There are 1461 days of weather.", stall);
            } else {
                reply(exchange, "Fog is still warmest, at 25.3 °C.");
            }
        }
    }

    private void reply(HttpExchange exchange, String content) throws IOException {
        send(exchange, 200, JSON.writeValueAsString(Map.of("choices", List.of(Map.of("index", 0, "message",
                Map.of("role", "assistant", "content", content), "finish_reason", "stop")))));
    }

    /** OpenAI-style chunks; a stalling stream stops after two of them until the provider closes. */
    private void stream(HttpExchange exchange, String text, boolean stall) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String[] pieces = text.split("(?<= )");
        for (int i = 0; i < pieces.length; i++) {
            if (stall && i == 2) {
                try {
                    closing.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            out.write(("data: " + JSON.writeValueAsString(Map.of("choices", List.of(Map.of("index", 0, "delta",
                    Map.of("content", pieces[i]))))) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    void release() {
        closing.countDown();
    }
}
