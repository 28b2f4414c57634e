package io.insightx.orchestrator.agent;

import com.fasterxml.jackson.databind.JsonNode;

/** What one tool call produced, as the composer sees it: the tool, its input (SQL or code) and its output. */
public record StepResult(String tool, String input, JsonNode output) {
}
