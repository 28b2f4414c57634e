package io.insightx.orchestrator.client;

import java.util.List;

/** An assistant message's text, and the keys the gateway skipped to get it ({@code "k1=429"}…). */
public record LlmReply(String content, String key, List<String> rotations) {

    /** The skipped keys from {@code X-InsightX-Rotation-Reasons} ("k1=429,k2=401"). */
    public static List<String> rotations(String header) {
        return header == null || header.isBlank() ? List.of() : List.of(header.split(","));
    }
}
