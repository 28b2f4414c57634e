package io.insightx.orchestrator.chat;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A question in a session; without {@code chatId} a new chat is started. */
@RegisterForReflection
public record ChatRequest(String sessionId, String chatId, String message) {
}
