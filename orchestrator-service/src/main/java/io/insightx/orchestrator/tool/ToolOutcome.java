package io.insightx.orchestrator.tool;

import com.fasterxml.jackson.databind.JsonNode;

/** What a tool call returned: whether it succeeded, its output in the tool's own shape, and the error if not. */
public record ToolOutcome(boolean ok, JsonNode output, String error, long elapsedMs) {
}
