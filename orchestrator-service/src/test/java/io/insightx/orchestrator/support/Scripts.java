package io.insightx.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Scripts the fake services: what each agent's LLM call answers, and what the tools return. */
public final class Scripts {

    public static final String CLASSIFIER = "orchestrator of a team";
    public static final String SQL_AGENT = "You write one DuckDB SQL";
    public static final String PYTHON_AGENT = "You write Python";
    public static final String COMPOSER = "Markdown from the results";
    public static final String EXPLAINER = "from its profile and the context";

    static final ObjectMapper JSON = new ObjectMapper();

    private Scripts() {
    }

    /** The agent whose system prompt holds {@code marker} answers {@code reply} (an object, sent as JSON text). */
    public static MappingBuilder agent(String marker) {
        return post(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing(marker)));
    }

    public static ResponseDefinitionBuilder says(Object reply) {
        return completion(json(reply)).withHeader("X-InsightX-Key", "k1").withHeader("X-InsightX-Rotations", "0");
    }

    public static ResponseDefinitionBuilder completion(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(json(Map.of("choices", List.of(Map.of("index", 0, "message",
                        Map.of("role", "assistant", "content", content))))));
    }

    public static ResponseDefinitionBuilder jsonBody(int status, Object body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json(body));
    }

    /** The classifier answers {@code intent}; each further agent its reply ({answer, insights} for the writers). */
    public static void scriptAnswer(WireMockServer services, String intent, Object... agentsAndReplies) {
        services.stubFor(agent(CLASSIFIER).willReturn(says(Map.of("intent", intent, "reason", "scripted"))));
        for (int i = 0; i < agentsAndReplies.length; i += 2) {
            String marker = (String) agentsAndReplies[i];
            boolean writer = marker.equals(COMPOSER) || marker.equals(EXPLAINER);
            services.stubFor(agent(marker).willReturn(writer ? streams((Map<?, ?>) agentsAndReplies[i + 1])
                    : says(agentsAndReplies[i + 1])));
        }
    }

    /** A writer's Markdown answer and insights, streamed as OpenAI-style SSE chunks. */
    public static ResponseDefinitionBuilder streams(Map<?, ?> reply) {
        StringBuilder text = new StringBuilder((String) reply.get("answer"));
        List<?> insights = (List<?>) reply.get("insights");
        if (insights != null && !insights.isEmpty()) {
            text.append("\n\nInsights:\n");
            insights.forEach(i -> text.append("- ").append(i).append('\n'));
        }
        return streamsText(text.toString()).withHeader("X-InsightX-Key", "k1").withHeader("X-InsightX-Rotations", "0");
    }

    public static ResponseDefinitionBuilder streamsText(String text) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < text.length(); i += 7) {
            String piece = text.substring(i, Math.min(text.length(), i + 7));
            body.append("data: ").append(json(Map.of("choices", List.of(Map.of("index", 0, "delta",
                    Map.of("content", piece)))))).append("\n\n");
        }
        body.append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
    }

    public static final Map<String, Object> WEATHER_RESULT = Map.of(
            "columns", List.of(Map.of("name", "weather", "type", "VARCHAR"), Map.of("name", "avg_max", "type", "DOUBLE")),
            "rows", List.of(List.of("sun", 17.5), List.of("rain", 13.5)), "rowCount", 2, "truncated", false,
            "elapsedMs", 3);

    /** WEATHER_RESULT as sql-tool's CSV export gives it (the whole result Python gets). */
    public static final String WEATHER_CSV = "weather,avg_max\nsun,17.5\nrain,13.5\n";

    public static final Map<String, Object> WEATHER_DATASET = Map.of("id", "tool-ds-1", "name", "seattle-weather.csv",
            "tableName", "seattle_weather", "rowCount", 1461, "dna", Map.of("rowCount", 1461, "columns", List.of(
                    Map.of("name", "weather", "type", "VARCHAR", "semanticType", "category",
                            "topValues", List.of(Map.of("value", "rain", "count", 641))),
                    Map.of("name", "temp_max", "type", "DOUBLE", "semanticType", "numeric", "min", -1.6, "max", 35.6))));

    static String json(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
