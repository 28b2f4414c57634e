package io.insightx.orchestrator.chat;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.StepResult;
import io.insightx.orchestrator.tool.PythonInput;

/**
 * The SQL step as the Python agent sees it: its result, plus {@code df} (the rows Python's df holds, and the cap if
 * one cut it) and {@code kernel} (the variables the chat's kernel held after its last {@code run_python}, and
 * whether that execution found its kernel restarted). PromptData quotes both to the agent.
 */
final class PythonStepInput {

    private PythonStepInput() {
    }

    static StepResult of(StepResult data, PythonInput whole, Optional<JsonNode> lastPythonResult) {
        ObjectNode output = data.output().deepCopy();
        whole.describe(output.putObject("df"));
        lastPythonResult.ifPresent(last -> {
            ObjectNode kernel = output.putObject("kernel");
            kernel.set("variables", last.path("output").path("variables"));
            kernel.put("restarted", last.path("output").path("kernelRestarted").asBoolean(false));
        });
        return new StepResult(data.tool(), data.input(), output);
    }

    /** A stored tool_result event's data; one that does not read (it always should) as telling nothing. */
    static JsonNode parse(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
