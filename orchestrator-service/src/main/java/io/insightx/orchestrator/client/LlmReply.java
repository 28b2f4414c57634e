package io.insightx.orchestrator.client;

import java.util.List;

/**
 * An assistant message: its text, the tool it called (name and JSON arguments, when it used tool calling), why it
 * stopped ({@code finish_reason}: {@code stop}, {@code length}, {@code tool_calls}…), and the keys the gateway
 * skipped to get it ({@code "k1=429"}…).
 */
public record LlmReply(String content, String toolName, String toolArguments, String finishReason, String key,
        List<String> rotations) {

    /** The skipped keys from {@code X-InsightX-Rotation-Reasons} ("k1=429,k2=401"). */
    public static List<String> rotations(String header) {
        return header == null || header.isBlank() ? List.of() : List.of(header.split(","));
    }

    /** The model stopped at its token limit: the reply is cut short. */
    public boolean truncated() {
        return "length".equals(finishReason);
    }

    public boolean calledTool() {
        return toolName != null && !toolName.isBlank();
    }
}
