package io.insightx.orchestrator.client;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a chat completion the way providers really send it: SSE chunks ({@code delta}) or one JSON body
 * ({@code message}) whatever was asked for, content as a string or as an array of parts, tool calls in pieces, the
 * {@code finish_reason}, and error objects in the middle of a stream. A stream without {@code [DONE]} and an
 * empty reply are failures, never answers.
 */
final class LlmReplyReader {

    private final ObjectMapper json;
    private final Consumer<String> text;
    private final StringBuilder content = new StringBuilder();
    private final StringBuilder toolArguments = new StringBuilder();
    private String toolName;
    private String finishReason;
    private boolean done;

    LlmReplyReader(ObjectMapper json, Consumer<String> text) {
        this.json = json;
        this.text = text;
    }

    /** One line of an SSE body; true once {@code [DONE]} has come. */
    boolean sseLine(String line) {
        if (!line.startsWith("data:")) {
            return false;
        }
        String data = line.substring(5).strip();
        if ("[DONE]".equals(data)) {
            done = true;
            return true;
        }
        try {
            chunk(json.readTree(data));
        } catch (IOException e) {
            // A line that is not JSON (a proxy's comment, a keep-alive) carries no part of the answer.
        }
        return false;
    }

    /** A whole JSON body: the reply to a request that was not streamed, or from a provider that ignored streaming. */
    void whole(String body) {
        try {
            chunk(json.readTree(body));
        } catch (IOException e) {
            throw new LlmUnavailableException("llm-error", "The LLM gateway's reply was not JSON.", null, e);
        }
        done = true;
    }

    LlmReply reply(String key, List<String> rotations) {
        if (!done) {
            throw new LlmUnavailableException("llm-incomplete", "The model's answer broke off before its end (the "
                    + "stream closed without [DONE]); nothing of it was kept. Try again.", null, null);
        }
        if (content.toString().isBlank() && toolName == null) {
            throw new LlmUnavailableException("llm-empty", "length".equals(finishReason)
                    ? "The model used its whole token budget without writing an answer."
                    : "The model returned an empty answer.", null, null);
        }
        return new LlmReply(content.toString(), toolName, toolArguments.toString(), finishReason, key, rotations);
    }

    private void chunk(JsonNode node) {
        if (node.hasNonNull("error")) {
            throw brokenOff(node.path("error"));
        }
        JsonNode choice = node.path("choices").path(0);
        JsonNode part = choice.has("delta") ? choice.path("delta") : choice.path("message");
        String piece = text(part.path("content"));
        if (!piece.isEmpty()) {
            content.append(piece);
            text.accept(piece);
        }
        JsonNode call = part.path("tool_calls").path(0).path("function");
        if (call.path("name").isTextual() && toolName == null) {
            toolName = call.path("name").asText();
        }
        if (call.path("arguments").isTextual()) {
            toolArguments.append(call.path("arguments").asText());
        } else if (call.path("arguments").isObject()) {
            toolArguments.append(call.path("arguments"));
        }
        if (choice.path("finish_reason").isTextual()) {
            finishReason = choice.path("finish_reason").asText();
        }
    }

    /** Content is a string, or (newer APIs, some local servers) an array of parts of which the text ones count. */
    static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : content) {
            if (part.isTextual()) {
                out.append(part.asText());
            } else if (part.path("text").isTextual() && !"reasoning".equals(part.path("type").asText())) {
                out.append(part.path("text").asText());
            }
        }
        return out.toString();
    }

    /** An error object in place of a chunk: key-manager's relay ending a stalled stream, or the provider's own. */
    private static LlmUnavailableException brokenOff(JsonNode error) {
        String what = (error.path("code").asText("") + " " + error.path("type").asText("") + " "
                + error.path("message").asText("")).toLowerCase(Locale.ROOT);
        if (what.contains("timeout") || what.contains("timed out")) {
            return LlmUnavailableException.timeout("The model stopped answering in the middle of its reply (the "
                    + "gateway timed the stream out); try again.");
        }
        String message = error.isTextual() ? error.asText() : error.path("message").asText("no detail");
        return new LlmUnavailableException("llm-error", "The model's answer broke off with an error: "
                + (message.length() <= 200 ? message : message.substring(0, 200) + "…"), null, null);
    }
}
