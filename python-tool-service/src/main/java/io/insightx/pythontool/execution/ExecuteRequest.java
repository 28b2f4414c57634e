package io.insightx.pythontool.execution;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Code to run, with named inputs that arrive as pandas DataFrames. Each input is {@code {columns, rows}}, the
 * columns either plain names or {@code {name, type}} as sql-tool returns them (types keep dates as dates). An input
 * may instead be a whole file, {@code {format: "csv", data: <base64>, columns: [{name, type}]}} (sql-tool's export);
 * Debian 12 has no Parquet reader for pandas, so CSV it is.
 * {@code kernel} (optional, opaque; the orchestrator passes the chat id) runs the code in that kernel's live
 * interpreter, after the kernel's earlier executions.
 */
@RegisterForReflection
public record ExecuteRequest(String code, Map<String, JsonNode> inputs, Long timeoutMs, String kernel) {
}
