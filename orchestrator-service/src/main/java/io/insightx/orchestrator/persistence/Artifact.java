package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something an answer produced: {@code sql}, {@code code}, {@code table} (CSV), {@code figure} (PNG) or
 * {@code vega-lite} (JSON). The body is served by {@code GET /api/artifacts/{id}}, never inlined in listings;
 * {@code messageId} is the answer that presents it (null until that answer is stored).
 */
@RegisterForReflection
public record Artifact(UUID id, UUID sessionId, UUID chatId, UUID messageId, String kind, String title, String mediaType,
        @JsonIgnore byte[] body, Instant createdAt) {

    @JsonProperty
    public String url() {
        return "/api/artifacts/" + id;
    }
}
