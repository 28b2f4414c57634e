package io.insightx.orchestrator.agent.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.client.LlmReply;
import io.insightx.orchestrator.client.LlmStreamClient;
import io.insightx.orchestrator.client.LlmUnavailableException;

/**
 * One turn of a JSON-answering agent (classifier, SQL, Python): the request in the provider's structured format,
 * the reply read from a tool call or from the text, one repair turn when it is malformed (saying when the reply was
 * cut at the token limit, and allowing more tokens), and a refusal ({@code cannot_answer}) turned into
 * {@link CannotAnswerException}.
 */
final class AgentTurns {

    private final LlmStreamClient llm;
    private final ObjectMapper json;
    private final StructuredOutput format;
    private final ReplyShapes shapes;
    private final double temperature;
    private final int maxTokens;

    AgentTurns(LlmStreamClient llm, ObjectMapper json, StructuredOutput format, double temperature, int maxTokens) {
        this.llm = llm;
        this.json = json;
        this.format = format;
        this.shapes = new ReplyShapes(json);
        this.temperature = temperature;
        this.maxTokens = maxTokens;
    }

    /** The reply's JSON object with {@code field}; a refusal is thrown when {@code mayDecline}. */
    JsonNode ask(String system, List<String> userParts, String field, boolean mayDecline,
            Consumer<KeyRotation> rotations) {
        return reply(request(system, userParts), new ReplyShapes.Shape(system, field, mayDecline, false), rotations);
    }

    /**
     * The next reply in the conversation {@code request} holds, in {@code shape}: the answer, or a look at the data
     * ({@code {"look": {sql, purpose}}}) when the shape allows one; a refusal is thrown.
     */
    JsonNode reply(ObjectNode request, ReplyShapes.Shape shape, Consumer<KeyRotation> rotations) {
        StructuredOutput.Format asked = format.current();
        shapes.apply(request, asked, shape);
        LlmReply reply;
        try {
            reply = call(request, rotations);
        } catch (LlmUnavailableException e) {
            if (e.status() == 400 && format.fallsBackFrom(asked)) {
                format.refused(asked);
                return reply(request, shape, rotations);
            }
            throw e;
        }
        format.learn(asked, reply);
        JsonNode answer = read(reply, shape).orElseGet(() -> repaired(request, reply, shape, rotations));
        if (shape.mayDecline() && answer.has(ReplyShapes.CANNOT_ANSWER)) {
            throw refusal(answer.path(ReplyShapes.CANNOT_ANSWER));
        }
        return answer;
    }

    /** A system prompt and the user's parts, joined into one message. */
    ObjectNode request(String system, List<String> userParts) {
        ObjectNode request = json.createObjectNode().put("temperature", temperature).put("max_tokens", maxTokens);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", String.join("\n\n", userParts));
        return request;
    }

    LlmReply call(ObjectNode request, Consumer<KeyRotation> rotations) {
        return reportRotations(llm.complete(request), rotations);
    }

    static LlmReply reportRotations(LlmReply reply, Consumer<KeyRotation> rotations) {
        List<String> skipped = reply.rotations();
        for (int i = 0; i < skipped.size(); i++) {
            String[] keyAndReason = skipped.get(i).split("=", 2);
            String next = i + 1 < skipped.size() ? skipped.get(i + 1).split("=", 2)[0] : reply.key();
            rotations.accept(new KeyRotation(keyAndReason[0], next, keyAndReason.length > 1 ? keyAndReason[1] : ""));
        }
        return reply;
    }

    private JsonNode repaired(ObjectNode request, LlmReply bad, ReplyShapes.Shape shape,
            Consumer<KeyRotation> rotations) {
        ArrayNode messages = (ArrayNode) request.path("messages");
        messages.addObject().put("role", "assistant").put("content", bad.calledTool() ? bad.toolArguments()
                : bad.content());
        String why = bad.truncated() ? "That reply was cut off at the length limit before the JSON object ended. "
                + "Reply again, shorter" : "That reply was not the JSON object asked for. Reply again";
        messages.addObject().put("role", "user").put("content", why + ", with only the JSON object, with a '"
                + shape.field() + "' field.");
        if (bad.truncated()) {
            request.put("max_tokens", maxTokens * 2);
        }
        return read(call(request, rotations), shape).orElseThrow(() -> new LlmUnavailableException("llm-malformed",
                "The model did not answer in the expected form, even when asked again.", null, null));
    }

    private Optional<JsonNode> read(LlmReply reply, ReplyShapes.Shape shape) {
        if (!reply.calledTool()) {
            return JsonReplies.read(json, reply.content(), shape.fields());
        }
        return switch (reply.toolName()) {
            case ReplyShapes.CANNOT_ANSWER -> wrapped(ReplyShapes.CANNOT_ANSWER, reply.toolArguments(), "explanation");
            case ReplyShapes.LOOK_TOOL -> wrapped(ReplyShapes.LOOK, reply.toolArguments(), "sql");
            default -> JsonReplies.read(json, reply.toolArguments(), shape.field());
        };
    }

    /** A tool call's arguments as the text formats write them: {@code {"look": {...}}}. */
    private Optional<JsonNode> wrapped(String name, String arguments, String field) {
        return JsonReplies.read(json, arguments, field).map(args -> {
            ObjectNode wrapped = json.createObjectNode();
            wrapped.set(name, args);
            return wrapped;
        });
    }

    private static CannotAnswerException refusal(JsonNode why) {
        String explanation = why.isTextual() ? why.asText() : why.path("explanation").asText("");
        List<String> suggestions = new ArrayList<>();
        why.path("suggestions").forEach(s -> suggestions.add(s.asText()));
        return new CannotAnswerException(explanation.isBlank() ? "the columns or values it needs are not in it."
                : explanation, suggestions);
    }
}
