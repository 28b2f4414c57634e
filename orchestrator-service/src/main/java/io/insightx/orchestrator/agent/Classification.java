package io.insightx.orchestrator.agent;

/** The orchestrator agent's decision, with its reason in a sentence. */
public record Classification(Intent intent, String reason) {
}
