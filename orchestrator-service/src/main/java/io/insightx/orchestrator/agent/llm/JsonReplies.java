package io.insightx.orchestrator.agent.llm;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON object an agent was told to reply with, the way models really write it: after a
 * {@code <think>} block, inside code fences, with chatter (and braces) around it, and with its SQL or code fenced
 * again inside the value.
 */
final class JsonReplies {

    private static final Pattern THINKING = Pattern.compile("(?s)<think(?:ing)?>.*?(</think(?:ing)?>|\\z)");
    private static final Pattern FENCED = Pattern.compile("(?s)^\\s*```[\\w+-]*[ \\t]*\\n?(.*?)\\n?\\s*```\\s*$");
    private static final int MAX_STARTS = 32;

    private JsonReplies() {
    }

    /**
     * The first JSON object of the reply that has one of {@code fields} (a non-blank text, or an object); empty
     * when there is none. The values of {@code sql} and {@code code} come without fences.
     */
    static Optional<JsonNode> read(ObjectMapper json, String reply, String... fields) {
        if (reply == null) {
            return Optional.empty();
        }
        String text = withoutThinking(reply);
        int tried = 0;
        for (int start = text.indexOf('{'); start >= 0 && tried < MAX_STARTS; start = text.indexOf('{', start + 1)) {
            tried++;
            Optional<JsonNode> found = objectAt(json, text, start).filter(node -> hasAny(node, fields));
            if (found.isPresent()) {
                unfence((ObjectNode) found.get(), "sql");
                unfence((ObjectNode) found.get(), "code");
                return found;
            }
        }
        return Optional.empty();
    }

    /** The text without the model's reasoning ({@code <think>…</think>}, or an unclosed one to the end). */
    static String withoutThinking(String text) {
        return THINKING.matcher(text).replaceAll("").strip();
    }

    /** {@code ```sql\nSELECT 1\n```} → {@code SELECT 1}; anything else unchanged. */
    static String unfenced(String value) {
        Matcher m = FENCED.matcher(value);
        return m.matches() ? m.group(1).strip() : value;
    }

    private static Optional<JsonNode> objectAt(ObjectMapper json, String text, int start) {
        try (JsonParser parser = json.getFactory().createParser(text.substring(start))) {
            JsonNode node = json.readTree(parser);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasAny(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual() && !value.asText().isBlank() || value.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static void unfence(ObjectNode node, String field) {
        if (node.path(field).isTextual()) {
            node.put(field, unfenced(node.path(field).asText()));
        }
    }
}
