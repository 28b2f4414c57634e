package io.insightx.orchestrator.client;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** key-manager-service's key pool: whether any key is usable, and when a cooling one recovers. */
@ApplicationScoped
public class KeyManagerClient {

    private final KeyManagerRestClient rest;
    private final long refreshNanos;
    private volatile Reading last;

    @Inject
    public KeyManagerClient(@RestClient KeyManagerRestClient rest, OrchestratorConfig config) {
        this(rest, config.agents().keyPoolRefresh());
    }

    KeyManagerClient(KeyManagerRestClient rest, Duration refresh) {
        this.rest = rest;
        this.refreshNanos = refresh.toNanos();
    }

    /** The pool as key-manager sees it, in short. */
    public record KeyPool(boolean reachable, boolean usable, int keys, Optional<Instant> firstRecovery) {
    }

    private record Reading(KeyPool pool, long atNanos) {
    }

    /**
     * Whether key-manager answers, has a healthy key, and when the first cooling key recovers: as read at most
     * {@code insightx.agents.key-pool-refresh} ago, since every question asks (under 20 users, the reads cost
     * key-manager more CPU than the questions cost it otherwise).
     */
    public KeyPool pool() {
        Reading seen = last;
        long now = System.nanoTime();
        if (seen != null && now - seen.atNanos() < refreshNanos) {
            return seen.pool();
        }
        KeyPool pool = read();
        last = new Reading(pool, now);
        return pool;
    }

    private KeyPool read() {
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
