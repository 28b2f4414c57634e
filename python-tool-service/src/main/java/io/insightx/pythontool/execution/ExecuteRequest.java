package io.insightx.pythontool.execution;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Code to run, with named inputs that arrive as pandas DataFrames. Each input is {@code {columns, rows}}, the
 * columns either plain names or {@code {name, type}} as sql-tool returns them (types keep dates as dates).
 * {@code kernel} (optional, opaque; the orchestrator passes the chat id) runs the code in that kernel's live
 * interpreter, after the kernel's earlier executions.
 */
@RegisterForReflection
public record ExecuteRequest(String code, Map<String, JsonNode> inputs, Long timeoutMs, String kernel) {
}
