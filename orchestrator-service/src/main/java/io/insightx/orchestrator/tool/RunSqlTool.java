package io.insightx.orchestrator.tool;

import java.io.IOException;
import java.io.InputStream;
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
    private final long pythonInputBytes;

    public RunSqlTool(SqlToolClient sqlTool, ObjectMapper json, OrchestratorConfig config) {
        this.sqlTool = sqlTool;
        this.json = json;
        this.maxRows = config.agents().maxRows();
        this.pythonInputBytes = config.agents().pythonInputBytes();
    }

    public ToolOutcome run(List<DatasetRecord> datasets, SqlStatement statement) {
        return run(datasets, statement, maxRows);
    }

    /**
     * The statement's whole result for Python, through sql-tool's export (no row cap), up to the byte cap: python-tool
     * gets every row, not the {@code maxRows} shown to people.
     */
    public PythonInput export(List<DatasetRecord> datasets, SqlStatement statement) {
        try (InputStream csv = sqlTool.exportCsv(request(datasets, statement))) {
            return CappedCsv.read(csv, pythonInputBytes);
        } catch (ToolUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The same statement has just run as a query: a refusal or a cut stream now is sql-tool's trouble.
            throw new ToolUnavailableException("sql-tool", e);
        }
    }

    private ToolOutcome run(List<DatasetRecord> datasets, SqlStatement statement, int maxRows) {
        ObjectNode request = request(datasets, statement).put("maxRows", maxRows);
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

    private ObjectNode request(List<DatasetRecord> datasets, SqlStatement statement) {
        ObjectNode request = json.createObjectNode().put("sql", statement.sql());
        if (!statement.params().isEmpty()) {
            ArrayNode params = request.putArray("params");
            statement.params().forEach(p -> params.add(json.valueToTree(p)));
        }
        datasets.forEach(d -> request.withArray("datasetIds").add(d.toolId()));
        return request;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
