package io.insightx.orchestrator.client;

import java.util.List;

/** An assistant message's text, and the keys the gateway skipped to get it ({@code "k1=429"}…). */
public record LlmReply(String content, String key, List<String> rotations) {
}
