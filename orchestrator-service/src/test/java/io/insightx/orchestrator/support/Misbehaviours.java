package io.insightx.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.insightx.orchestrator.support.Scripts.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * What real models and providers do that a clean script never does, as key-manager would relay it: slow first
 * bytes, stalls, cut-off and broken streams, replies in the wrong shape, reasoning blocks and fences.
 */
public final class Misbehaviours {

    private Misbehaviours() {
    }

    /** A JSON reply that starts only after {@code millis}. */
    public static ResponseDefinitionBuilder slowFirstByte(Object reply, int millis) {
        return Scripts.says(reply).withFixedDelay(millis);
    }

    /** A stream whose three chunks come {@code gapMillis} apart (and would end properly, if anyone waited). */
    public static ResponseDefinitionBuilder stallingStream(String text, int gapMillis) {
        return sse(chunks(text, null) + "data: [DONE]\n\n").withChunkedDribbleDelay(3, 3 * gapMillis);
    }

    /** A stream that stops at the token limit ({@code finish_reason: "length"}). */
    public static ResponseDefinitionBuilder cutAtLength(String text) {
        return sse(chunks(text, "length") + "data: [DONE]\n\n");
    }

    /** A stream that ends properly. */
    public static ResponseDefinitionBuilder finishedStream(String text) {
        return sse(chunks(text, "stop") + "data: [DONE]\n\n");
    }

    /** A stream that breaks off with an error object after some text. */
    public static ResponseDefinitionBuilder errorMidStream(String text, Map<String, Object> error) {
        return sse(chunks(text, null) + "data: " + json(Map.of("error", error)) + "\n\n");
    }

    /** A stream whose connection closes without {@code [DONE]}. */
    public static ResponseDefinitionBuilder withoutDone(String text) {
        return sse(chunks(text, null));
    }

    /** One JSON body, whatever was asked for (a provider that ignores {@code stream: true}). */
    public static ResponseDefinitionBuilder notStreamed(String text) {
        return Scripts.completion(text);
    }

    /** Content as an array of parts, a reasoning part first. */
    public static ResponseDefinitionBuilder contentParts(Object reply) {
        List<Object> parts = List.of(Map.of("type", "reasoning", "text", "Let me think {about it}."),
                Map.of("type", "text", "text", json(reply)));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json(Map.of(
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", parts),
                        "finish_reason", "stop")))));
    }

    /** A JSON reply after a {@code <think>} block that holds braces of its own. */
    public static ResponseDefinitionBuilder thinking(Object reply) {
        return Scripts.completion("<think>The user wants {\"sql\": \"no\"}... let me see {x}.</think>\n" + json(reply));
    }

    /** A tool call instead of text: {@code name} with {@code arguments}. */
    public static ResponseDefinitionBuilder callsTool(String name, Object arguments) {
        Map<String, Object> call = Map.of("id", "call_1", "type", "function", "function",
                Map.of("name", name, "arguments", json(arguments)));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json(Map.of(
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "tool_calls",
                        List.of(call)), "finish_reason", "tool_calls")))));
    }

    /** A provider's refusal of a request field it does not know (tools, response_format). */
    public static ResponseDefinitionBuilder refuses(String field) {
        return Scripts.jsonBody(400, Map.of("error", Map.of("message", "Unrecognized request argument: " + field,
                "type", "invalid_request_error")));
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withHeader("X-InsightX-Key", "k1").withBody(body);
    }

    private static String chunks(String text, String finishReason) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 7) {
            pieces.add("data: " + json(Map.of("choices", List.of(Map.of("index", 0, "delta",
                    Map.of("content", text.substring(i, Math.min(text.length(), i + 7))))))) + "\n\n");
        }
        if (finishReason != null) {
            pieces.add("data: " + json(Map.of("choices", List.of(Map.of("index", 0, "delta", Map.of(),
                    "finish_reason", finishReason)))) + "\n\n");
        }
        return String.join("", pieces);
    }
}
