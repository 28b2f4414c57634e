package io.insightx.orchestrator.tool;

import java.util.Base64;
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
 * {@code run_python}: code in python-tool's sandbox, with the SQL step's whole result (if any) as the DataFrame
 * {@code df}, sent as a CSV file with sql-tool's column names and types so dates and numbers keep their types. The
 * chat's id is the kernel: the chat's earlier steps' variables and /work files are still there (unless the answer
 * says {@code kernelRestarted}), and its answer lists them in {@code variables}.
 */
@ApplicationScoped
public class RunPythonTool {

    public static final String NAME = "run_python";

    /** Told to the agent with a failure on a fresh kernel: the earlier steps' variables it may have used are gone. */
    static final String RESTARTED = "\nThe chat's kernel was restarted before this execution: variables from earlier "
            + "steps are gone; recompute what you need from df.";

    private final PythonToolClient pythonTool;
    private final ObjectMapper json;

    public RunPythonTool(PythonToolClient pythonTool, ObjectMapper json) {
        this.pythonTool = pythonTool;
        this.json = json;
    }

    /** {@code columns}: the SQL step's {@code [{name, type}]}; {@code data}: its whole result, or null for none. */
    public ToolOutcome run(PythonProgram program, JsonNode columns, PythonInput data, UUID chatId) {
        ObjectNode request = json.createObjectNode().put("code", program.code());
        if (chatId != null) {
            request.put("kernel", chatId.toString());
        }
        ObjectNode inputs = request.putObject("inputs");
        program.inputs().forEach(inputs::set);
        if (data != null) {
            ObjectNode df = inputs.putObject("df").put("format", "csv")
                    .put("data", Base64.getEncoder().encodeToString(data.csv()));
            df.set("columns", columns);
        }
        long start = System.nanoTime();
        try {
            ObjectNode result = (ObjectNode) pythonTool.execute(request);
            if (data != null) {
                // The tool output says what df held, a cap included: the composer and the reader both see it.
                data.describe(result.putObject("inputs").putObject("df"));
            }
            boolean ok = "ok".equals(result.path("status").asText());
            String error = ok ? null : result.path("error").path("type").asText("Error") + ": "
                    + result.path("error").path("message").asText("") + "\n" + result.path("error").path("traceback").asText("")
                    + (result.path("kernelRestarted").asBoolean() ? RESTARTED : "");
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
