package io.insightx.orchestrator.client;

import static java.time.temporal.ChronoUnit.SECONDS;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** key-manager-service: chat completions through the key pool, and whether any key is usable at all. */
@ApplicationScoped
public class KeyManagerClient {

    private final KeyManagerRestClient rest;

    public KeyManagerClient(@RestClient KeyManagerRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 180, unit = SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = SECONDS,
            skipOn = LlmUnavailableException.class)
    @CircuitBreakerName("key-manager-complete")
    public LlmReply complete(JsonNode request) {
        try {
            RestResponse<JsonNode> response = rest.complete(request);
            String content = response.getEntity().path("choices").path(0).path("message").path("content").asText("");
            return new LlmReply(content, response.getHeaderString("X-InsightX-Key"),
                    LlmReply.rotations(response.getHeaderString("X-InsightX-Rotation-Reasons")));
        } catch (WebApplicationException e) {
            throw LlmUnavailableException.fromStatus(e.getResponse().getStatus(),
                    e.getResponse().getHeaderString("Retry-After"), e);
        }
    }

    /** True when key-manager answers and has at least one healthy key. */
    public boolean hasUsableKey() {
        try {
            for (JsonNode key : rest.keys()) {
                if ("healthy".equals(key.path("state").asText())) {
                    return true;
                }
            }
            return false;
        } catch (WebApplicationException | ProcessingException e) {
            return false;
        }
    }
}
