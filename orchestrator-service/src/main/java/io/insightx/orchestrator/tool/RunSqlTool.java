package io.insightx.orchestrator.tool;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.client.SqlToolClient;
import io.insightx.orchestrator.client.ToolRejectedException;
import io.insightx.orchestrator.client.ToolUnavailableException;
import io.insightx.orchestrator.config.OrchestratorConfig;
import io.insightx.orchestrator.persistence.DatasetRecord;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code run_sql}: one read-only statement over the session's datasets, in sql-tool. */
@ApplicationScoped
public class RunSqlTool {

    public static final String NAME = "run_sql";

    private final SqlToolClient sqlTool;
    private final ObjectMapper json;
    private final int maxRows;
    private final int pythonRows;

    public RunSqlTool(SqlToolClient sqlTool, ObjectMapper json, OrchestratorConfig config) {
        this.sqlTool = sqlTool;
        this.json = json;
        this.maxRows = config.agents().maxRows();
        this.pythonRows = config.agents().pythonRows();
    }

    public ToolOutcome run(List<DatasetRecord> datasets, SqlStatement statement) {
        return run(datasets, statement, maxRows);
    }

    /** The whole table for a Python-only answer: more rows than a result shown to people. */
    public ToolOutcome runForPython(List<DatasetRecord> datasets, SqlStatement statement) {
        return run(datasets, statement, pythonRows);
    }

    private ToolOutcome run(List<DatasetRecord> datasets, SqlStatement statement, int maxRows) {
        ObjectNode request = json.createObjectNode().put("sql", statement.sql()).put("maxRows", maxRows);
        if (!statement.params().isEmpty()) {
            ArrayNode params = request.putArray("params");
            statement.params().forEach(p -> params.add(json.valueToTree(p)));
        }
        datasets.forEach(d -> request.withArray("datasetIds").add(d.toolId()));
        long start = System.nanoTime();
        try {
            ObjectNode result = (ObjectNode) sqlTool.query(request);
            return new ToolOutcome(true, result, null, elapsed(start));
        } catch (ToolRejectedException e) {
            ObjectNode error = json.createObjectNode();
            error.putObject("error").put("code", e.code()).put("message", e.getMessage());
            return new ToolOutcome(false, error, e.getMessage(), elapsed(start));
        } catch (RuntimeException e) {
            throw new ToolUnavailableException("sql-tool", e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
