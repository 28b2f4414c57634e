package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something an answer produced: {@code sql}, {@code code}, {@code table} (CSV), {@code figure} (PNG) or
 * {@code vega-lite} (JSON). The body is served by {@code GET /api/artifacts/{id}}, never inlined in listings.
 */
@RegisterForReflection
public record Artifact(UUID id, UUID sessionId, UUID chatId, String kind, String title, String mediaType,
        @JsonIgnore byte[] body, Instant createdAt) {

    public String url() {
        return "/api/artifacts/" + id;
    }
}
