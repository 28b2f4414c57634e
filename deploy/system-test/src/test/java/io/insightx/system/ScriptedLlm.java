package io.insightx.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * An OpenAI-compatible provider that answers from a script, behind the real key-manager. It knows three keys: one
 * rate-limited (429 with Retry-After), one revoked (401) and one that works, so the first question rotates twice.
 * Each agent is told apart by its system prompt, each question by its text.
 */
final class ScriptedLlm extends LlmStub {

    static final String LIMITED = "sk-system-limited";
    static final String REVOKED = "sk-system-revoked";
    static final String GOOD = "sk-system-good";

    /** What the agents answer to one question. */
    record Script(String intent, String sql, String code, String answer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> sqlGate = CompletableFuture.completedFuture(null);
    private volatile CompletableFuture<Void> sqlAsked = new CompletableFuture<>();

    void script(String question, Script script) {
        scripts.put(question, script);
    }

    int refusals(String key) {
        return refusals.getOrDefault(key, 0);
    }

    /** The next SQL agent reply waits until the returned gate opens; {@link #sqlAsked()} completes when it is asked. */
    CompletableFuture<Void> holdNextSqlReply() {
        sqlAsked = new CompletableFuture<>();
        sqlGate = new CompletableFuture<>();
        return sqlGate;
    }

    CompletableFuture<Void> sqlAsked() {
        return sqlAsked;
    }

    ScriptedLlm() throws IOException {
        super();
    }

    @Override
    void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestHeaders().getFirst("Authorization").replace("Bearer ", "");
            if (key.equals(LIMITED) || key.equals(REVOKED)) {
                refusals.merge(key, 1, Integer::sum);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (key.equals(LIMITED)) {
                    exchange.getResponseHeaders().add("Retry-After", "600");
                }
                send(exchange, key.equals(LIMITED) ? 429 : 401, "{\"error\":{\"message\":\""
                        + (key.equals(LIMITED) ? "Rate limit reached" : "Invalid API key") + "\"}}");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String system = request.path("messages").path(0).path("content").asText();
            Script script = scriptFor(request.path("messages").toString());
            if (system.contains("orchestrator of a team")) {
                reply(exchange, JSON.writeValueAsString(Map.of("intent", script.intent(), "reason", "scripted")));
            } else if (system.contains("You write one DuckDB SQL")) {
                sqlAsked.complete(null);
                sqlGate.join();
                reply(exchange, JSON.writeValueAsString(Map.of("sql", script.sql())));
            } else if (system.contains("You write Python")) {
                reply(exchange, JSON.writeValueAsString(Map.of("code", script.code())));
            } else {
                stream(exchange, script.answer());
            }
        }
    }

    private Script scriptFor(String messages) {
        return scripts.entrySet().stream().filter(e -> messages.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("no script for " + messages));
    }

    private void reply(HttpExchange exchange, String content) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, 200, JSON.writeValueAsString(Map.of("choices", List.of(Map.of("index", 0, "message",
                Map.of("role", "assistant", "content", content))))));
    }

    /** The writer's answer as OpenAI-style SSE chunks, a few words each. */
    private void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String piece : text.split("(?<= )")) {
            String chunk = JSON.writeValueAsString(Map.of("choices", List.of(Map.of("index", 0, "delta",
                    Map.of("content", piece)))));
            out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    void release() {
        sqlGate.complete(null);
    }
}
