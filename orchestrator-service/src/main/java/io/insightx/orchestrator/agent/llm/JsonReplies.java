package io.insightx.orchestrator.agent.llm;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON object an agent was told to reply with, forgiving code fences and chatter around it. */
final class JsonReplies {

    private JsonReplies() {
    }

    /** The reply's JSON object, when it has a non-blank text {@code field}; empty when malformed. */
    static Optional<JsonNode> read(ObjectMapper json, String reply, String field) {
        if (reply == null) {
            return Optional.empty();
        }
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(reply.substring(start, end + 1));
            JsonNode value = node.path(field);
            return value.isTextual() && !value.asText().isBlank() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
