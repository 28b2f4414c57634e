package io.insightx.orchestrator.client;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** key-manager-service's key pool: whether any key is usable, and when a cooling one recovers. */
@ApplicationScoped
public class KeyManagerClient {

    private final KeyManagerRestClient rest;

    public KeyManagerClient(@RestClient KeyManagerRestClient rest) {
        this.rest = rest;
    }

    /** The pool as key-manager sees it, in short. */
    public record KeyPool(boolean reachable, boolean usable, int keys, Optional<Instant> firstRecovery) {
    }

    /** Whether key-manager answers, has a healthy key, and when the first cooling key recovers. */
    public KeyPool pool() {
        try {
            boolean usable = false;
            Instant first = null;
            int count = 0;
            for (JsonNode key : rest.keys()) {
                count++;
                usable |= "healthy".equals(key.path("state").asText());
                Instant until = instant(key.path("cooldownUntil").asText(null));
                if ("cooling".equals(key.path("state").asText()) && until != null
                        && (first == null || until.isBefore(first))) {
                    first = until;
                }
            }
            return new KeyPool(true, usable, count, Optional.ofNullable(first));
        } catch (WebApplicationException | ProcessingException e) {
            return new KeyPool(false, false, 0, Optional.empty());
        }
    }

    /** True when key-manager answers and has at least one healthy key. */
    public boolean hasUsableKey() {
        return pool().usable();
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
