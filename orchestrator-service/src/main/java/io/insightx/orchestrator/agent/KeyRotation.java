package io.insightx.orchestrator.agent;

/** The LLM gateway moved from one key to another while answering an agent ({@code reason}: "429", "401"…). */
public record KeyRotation(String fromKey, String toKey, String reason) {
}
