package io.insightx.pythontool.execution;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What one execution produced. {@code status} is {@code ok}, {@code error} (the code failed: see {@code error}),
 * {@code timeout} (the wall-clock limit) or {@code killed} (a memory, CPU, file or output limit).
 */
@RegisterForReflection
public record ExecuteResult(String status, String stdout, String stderr, JsonNode result, List<Figure> figures,
        List<Table> tables, ExecutionError error, List<Variable> variables, Boolean kernelRestarted, long elapsedMs) {

    @RegisterForReflection
    public record Figure(String format, String data) {
    }

    @RegisterForReflection
    public record Column(String name, String type) {
    }

    @RegisterForReflection
    public record Table(String name, List<Column> columns, List<List<Object>> rows, long rowCount, boolean truncated) {
    }

    @RegisterForReflection
    public record ExecutionError(String type, String message, String traceback) {
    }

    @RegisterForReflection
    public record Variable(String name, String type, List<Long> shape) {
    }

    static ExecuteResult failed(String status, String type, String message) {
        return new ExecuteResult(status, "", "", null, List.of(), List.of(), new ExecutionError(type, message, null),
                List.of(), null, 0);
    }

    ExecuteResult finish(long ms, Boolean restarted) {
        return new ExecuteResult(status, stdout, stderr, result, figures == null ? List.of() : figures,
                tables == null ? List.of() : tables, error, variables == null ? List.of() : variables, restarted, ms);
    }
}
