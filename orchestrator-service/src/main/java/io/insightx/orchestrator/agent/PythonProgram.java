package io.insightx.orchestrator.agent;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Python code and the tables it reads besides {@code df} (each {@code {columns, rows}}, a DataFrame under its name
 * in the sandbox): names and labels from the data reach the program as data, never spliced into the code.
 */
public record PythonProgram(String code, Map<String, JsonNode> inputs) implements AgentOutput {

    public PythonProgram {
        inputs = Map.copyOf(inputs);
    }

    public static PythonProgram of(String code) {
        return new PythonProgram(code, Map.of());
    }

    @Override
    public String text() {
        return code;
    }
}
