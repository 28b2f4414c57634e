package io.insightx.orchestrator.agent.llm;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.DataLook;
import io.insightx.orchestrator.agent.KeyRotation;
import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.StepResult;

/**
 * The SQL agent as a short loop: before it answers, it may look at the data with small queries (the distinct
 * values of a column before filtering on one, a count to check), each run and shown as a tool call, its result fed
 * back. Bounded in looks and in time; past either, the model must answer.
 */
final class SqlAgentLoop {

    private final AgentTurns turns;
    private final ObjectMapper json;
    private final PromptData data;
    private final int maxLooks;
    private final Duration time;

    SqlAgentLoop(AgentTurns turns, ObjectMapper json, PromptData data, int maxLooks, Duration time) {
        this.turns = turns;
        this.json = json;
        this.data = data;
        this.maxLooks = maxLooks;
        this.time = time;
    }

    SqlStatement write(String system, List<String> parts, DataLook look, Consumer<KeyRotation> rotations) {
        ObjectNode request = turns.request(system, parts);
        ArrayNode messages = (ArrayNode) request.path("messages");
        long deadline = System.nanoTime() + time.toNanos();
        for (int looks = 0; ; looks++) {
            boolean mayLook = look != null && looks < maxLooks && System.nanoTime() < deadline;
            JsonNode reply = turns.reply(request, new ReplyShapes.Shape(system, "sql", true, mayLook), rotations);
            String sql = reply.path("sql").asText("");
            if (!mayLook || !sql.isBlank() || !reply.has(ReplyShapes.LOOK)) {
                return SqlStatement.of(sql);
            }
            JsonNode wanted = reply.path(ReplyShapes.LOOK);
            String query = JsonReplies.unfenced(wanted.isTextual() ? wanted.asText() : wanted.path("sql").asText());
            JsonNode seen = look.look(query, wanted.path("purpose").asText(""));
            ObjectNode asked = json.createObjectNode();
            asked.putObject(ReplyShapes.LOOK).put("sql", query);
            messages.addObject().put("role", "assistant").put("content", asked.toString());
            boolean last = looks + 1 >= maxLooks;
            messages.addObject().put("role", "user").put("content", (seen.has("error")
                    ? "That query failed: " + seen.path("error").path("message").asText()
                    : data.result(new StepResult("run_sql", query, seen)))
                    + (last ? "\n\nNo more looks: reply with the answer now." : ""));
        }
    }
}
