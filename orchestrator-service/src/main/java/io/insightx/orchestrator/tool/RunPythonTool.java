package io.insightx.orchestrator.tool;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.PythonProgram;
import io.insightx.orchestrator.client.PythonToolClient;
import io.insightx.orchestrator.client.ToolRejectedException;
import io.insightx.orchestrator.client.ToolUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code run_python}: code in python-tool's sandbox, with the SQL result (if any) as the DataFrame {@code df}. The
 * chat's id is the kernel: the chat's earlier steps' variables and /work files are still there (unless the answer
 * says {@code kernelRestarted}), and its answer lists them in {@code variables}.
 */
@ApplicationScoped
public class RunPythonTool {

    public static final String NAME = "run_python";

    private final PythonToolClient pythonTool;
    private final ObjectMapper json;

    public RunPythonTool(PythonToolClient pythonTool, ObjectMapper json) {
        this.pythonTool = pythonTool;
        this.json = json;
    }

    public ToolOutcome run(PythonProgram program, JsonNode sqlResult, UUID chatId) {
        ObjectNode request = json.createObjectNode().put("code", program.code());
        if (chatId != null) {
            request.put("kernel", chatId.toString());
        }
        ObjectNode inputs = request.putObject("inputs");
        program.inputs().forEach(inputs::set);
        if (sqlResult != null) {
            ObjectNode df = inputs.putObject("df");
            df.set("columns", sqlResult.path("columns"));
            df.set("rows", sqlResult.path("rows"));
        }
        long start = System.nanoTime();
        try {
            JsonNode result = pythonTool.execute(request);
            boolean ok = "ok".equals(result.path("status").asText());
            String error = ok ? null : result.path("error").path("type").asText("Error") + ": "
                    + result.path("error").path("message").asText("") + "\n" + result.path("error").path("traceback").asText("");
            return new ToolOutcome(ok, result, error, (System.nanoTime() - start) / 1_000_000);
        } catch (ToolRejectedException e) {
            ObjectNode error = json.createObjectNode().put("status", "error");
            error.putObject("error").put("type", e.code()).put("message", e.getMessage());
            return new ToolOutcome(false, error, e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            throw new ToolUnavailableException("python-tool", e);
        }
    }
}
