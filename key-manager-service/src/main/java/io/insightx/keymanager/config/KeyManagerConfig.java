package io.insightx.keymanager.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything this service can be told, under {@code insightx.*} (each key overridable by environment variable). */
@ConfigMapping(prefix = "insightx")
public interface KeyManagerConfig {

    /** Bearer token every API call must carry ({@code INSIGHTX_INTERNAL_TOKEN}); no check when absent. */
    Optional<String> internalToken();

    Llm llm();

    Upstream upstream();

    Keys keys();

    interface Llm {
        /** OpenAI-compatible base URL, up to and including {@code /v1} ({@code INSIGHTX_LLM_BASE_URL}). */
        @WithDefault("https://api.bytez.com/models/v2/openai/v1")
        String baseUrl();

        /** Model used when a request names none ({@code INSIGHTX_LLM_MODEL}). */
        @WithDefault("Qwen/Qwen2.5-7B-Instruct")
        String model();

        /** Comma-separated API keys ({@code INSIGHTX_LLM_API_KEYS}); {@code BYTEZ_API_KEY_1..12} are read too. */
        Optional<List<String>> apiKeys();

        /** How the key is sent: {@code bearer} (Authorization: Bearer k), {@code key} (Key k) or {@code raw}. */
        @WithDefault("bearer")
        String authScheme();

        /** A JSON field that, present in a 200 body without {@code choices}, reports an error (Bytez: error). */
        @WithDefault("error")
        String bodyErrorField();
    }

    /** Time limits on the provider, made for LLMs: slow to start, then steady. */
    interface Upstream {
        /** Longest wait for a connection to the provider; a connection that fails moves on to the next key. */
        @WithDefault("10s")
        Duration connectTimeout();

        /** Longest wait, once the request is sent, for the answer's head (a non-streamed answer is whole by then). */
        @WithDefault("120s")
        Duration firstByteTimeout();

        /** Longest silence between two chunks of an answer's body; a stalled stream is cut with an error event. */
        @WithDefault("60s")
        Duration idleTimeout();
    }

    interface Keys {
        /** Attempts per request across keys (each key is tried at most once, except after a waited cooldown). */
        @WithDefault("8")
        int maxAttempts();

        /** When every key cools down, a request waits this long at most (in all) for the first to recover. */
        @WithDefault("5s")
        Duration maxWait();

        /** First backoff after a 429 without Retry-After; doubles per consecutive 429, with jitter. */
        @WithDefault("2s")
        Duration baseBackoff();

        /** Longest backoff after repeated 429s without Retry-After. */
        @WithDefault("2m")
        Duration maxBackoff();

        /** Cooldown after a 402, or a 429 that speaks of credits, quota or billing. */
        @WithDefault("1h")
        Duration quotaCooldown();

        /** Consecutive 5xx, timeouts or connection errors that open a key's circuit. */
        @WithDefault("3")
        int circuitThreshold();

        /** How long an open circuit keeps the key out. */
        @WithDefault("30s")
        Duration circuitCooldown();

        /** {@code memory} (one replica) or {@code postgres} (cooldowns and disables reach every replica). */
        @WithDefault("memory")
        String sharedState();

        SharedPostgres postgres();
    }

    /** The PostgreSQL that shares key states between replicas (the orchestrator's, in a table of its own). */
    interface SharedPostgres {
        /** JDBC URL, for example {@code jdbc:postgresql://db:5432/insightx}. */
        Optional<String> url();

        Optional<String> username();

        /** From the environment only ({@code INSIGHTX_KEYS_POSTGRES_PASSWORD}). */
        Optional<String> password();

        /** How often a replica reads what the others changed. */
        @WithDefault("500ms")
        Duration pollInterval();
    }
}
