package io.insightx.orchestrator.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /api/sessions}; every field is optional. */
@RegisterForReflection
public record CreateSessionRequest(String title) {
}
