package io.insightx.keymanager.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.keymanager.api.Problem;
import io.insightx.keymanager.config.KeyManagerConfig;
import io.insightx.keymanager.key.ApiKey;
import io.insightx.keymanager.key.Failure;
import io.insightx.keymanager.key.KeyPool;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one request upstream with one key after another until an answer is not the key's fault. A rate-limited,
 * exhausted, rejected or failing key is handed to the pool's rules and the same request goes at once to the next
 * usable key. When every key cools down, the request waits for the first to come back if that is soon enough, and
 * otherwise answers 503 {@code keys-exhausted} with {@code Retry-After}. A stream is relayed as it arrives, so
 * rotation happens only before its first byte.
 */
@ApplicationScoped
public class RotatingGateway {

    private final KeyPool pool;
    private final UpstreamClient upstream;
    private final FailureClassifier classifier;
    private final Clock clock;
    private final ObjectMapper json;
    private final KeyManagerConfig.Keys limits;
    private final KeyScrubber scrubber;

    public RotatingGateway(KeyPool pool, UpstreamClient upstream, Clock clock, ObjectMapper json,
            KeyManagerConfig config) {
        this.pool = pool;
        this.upstream = upstream;
        this.clock = clock;
        this.json = json;
        this.limits = config.keys();
        this.classifier = new FailureClassifier(config.llm().bodyErrorField(), json, clock);
        this.scrubber = new KeyScrubber(pool.keys());
    }

    /** One request's journey across keys. */
    private final class Journey {
        final HttpMethod method;
        final String path;
        final Buffer body;
        final boolean stream;
        final Instant waitUntil = clock.instant().plus(limits.maxWait());
        final Set<String> tried = new HashSet<>();
        final List<String> rotations = new ArrayList<>();
        int attempts;
        Upstream last;

        Journey(HttpMethod method, String path, Buffer body, boolean stream) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.stream = stream;
        }
    }

    /** The last upstream error answer, relayed when no key did better. */
    private record Upstream(int status, Map<String, List<String>> headers, Buffer body) {
    }

    public Uni<GatewayResponse> forward(HttpMethod method, String path, Buffer body, boolean stream) {
        if (pool.size() == 0) {
            return Uni.createFrom().item(problem(503, "no-keys", "No API keys",
                    "No LLM API keys are configured: set BYTEZ_API_KEY_1..12 or INSIGHTX_LLM_API_KEYS.", null, List.of()));
        }
        return attempt(new Journey(method, path, body, stream));
    }

    private Uni<GatewayResponse> attempt(Journey j) {
        Optional<ApiKey> next = pool.acquire(j.tried);
        if (next.isEmpty() && !j.tried.isEmpty() && j.attempts < attemptLimit() && pool.usableCount() > 0) {
            // Every usable key failed once with a passing error (5xx, timeout): go round again while attempts last.
            j.tried.clear();
            next = pool.acquire(j.tried);
        }
        if (next.isEmpty()) {
            return waitOrGiveUp(j);
        }
        ApiKey key = next.get();
        j.tried.add(key.id());
        j.attempts++;
        // Only the send's own failure is this key's: what later attempts do must not be blamed on it.
        return upstream.send(j.method, j.path, key, j.body).onItemOrFailure().transformToUni((response, error) -> {
            if (error == null) {
                return answer(j, key, response);
            }
            Log.debugf("Upstream call failed with key %s: %s", key.id(), error.getClass().getSimpleName());
            boolean timeout = error.getClass().getSimpleName().contains("Timeout");
            return rotate(j, key, new Failure(timeout ? Failure.Kind.TIMEOUT : Failure.Kind.UNREACHABLE, 0,
                    Optional.empty()));
        });
    }

    private Uni<GatewayResponse> answer(Journey j, ApiKey key, HttpClientResponse response) {
        int status = response.statusCode();
        String type = response.getHeader("Content-Type");
        if (j.stream && status == 200 && type != null && type.startsWith("text/event-stream")) {
            pool.succeeded(key);
            response.pause();
            return Uni.createFrom().item(new GatewayResponse(status, headers(response, key, j),
                    scrubber.scrubLines(response.toMulti())));
        }
        return response.body().map(scrubber::scrub).onItem().transformToUni(body -> {
            Optional<Failure> failure = classifier.classify(status, response::getHeader, body.toString());
            if (failure.isEmpty()) {
                pool.succeeded(key);
                return Uni.createFrom().item(new GatewayResponse(status, headers(response, key, j), Multi.createFrom().item(body)));
            }
            j.last = new Upstream(status, headers(response, key, j), body);
            return rotate(j, key, failure.get());
        });
    }

    private Uni<GatewayResponse> rotate(Journey j, ApiKey key, Failure failure) {
        pool.failed(key, failure);
        pool.rotated(key, failure.reason());
        j.rotations.add(key.id() + "=" + failure.reason());
        if (j.attempts >= attemptLimit()) {
            return Uni.createFrom().item(giveUp(j));
        }
        return attempt(j);
    }

    private Uni<GatewayResponse> waitOrGiveUp(Journey j) {
        Optional<Instant> earliest = pool.earliestRecovery();
        if (earliest.isPresent() && !earliest.get().isAfter(j.waitUntil) && j.attempts < attemptLimit()) {
            // A key that comes back from its cooldown may be tried again by this request.
            j.tried.clear();
            return Uni.createFrom().voidItem().onItem().delayIt().by(delayUntil(earliest.get()))
                    .onItem().transformToUni(ignored -> attempt(j));
        }
        return Uni.createFrom().item(giveUp(j));
    }

    /**
     * How long to wait for a recovery: at least a millisecond. The clock moves on between the pool's look and this
     * one, so the recovery may already have passed; Mutiny rejects a zero or negative delay, and the clamp must come
     * before the millisecond that lands the retry after the recovery instant.
     */
    private Duration delayUntil(Instant recovery) {
        Duration left = Duration.between(clock.instant(), recovery);
        return (left.isNegative() ? Duration.ZERO : left).plusMillis(1);
    }

    /** Every key gets its chance, and then as many more tries as configured. */
    private int attemptLimit() {
        return Math.max(limits.maxAttempts(), pool.size());
    }

    private GatewayResponse giveUp(Journey j) {
        Optional<Instant> earliest = pool.earliestRecovery();
        if (earliest.isPresent()) {
            long seconds = Math.max(1, (long) Math.ceil(Duration.between(clock.instant(), earliest.get()).toMillis() / 1000.0));
            return problem(503, "keys-exhausted", "All keys unavailable", "Every API key is rate-limited, out of "
                    + "quota or disabled; the first recovers in " + seconds + " s.", seconds, j.rotations);
        }
        if (j.last != null) {
            return new GatewayResponse(j.last.status(), j.last.headers(), Multi.createFrom().item(j.last.body()));
        }
        if (pool.usableCount() == 0) {
            return problem(503, "keys-exhausted", "All keys unavailable",
                    "Every API key is disabled; an operator can re-enable one with POST /v1/keys/{id}/enable.", null,
                    j.rotations);
        }
        return problem(502, "upstream-unreachable", "Upstream unreachable",
                "The LLM provider could not be reached with any key.", null, j.rotations);
    }

    private Map<String, List<String>> headers(HttpClientResponse response, ApiKey key, Journey j) {
        Map<String, List<String>> headers = ResponseHeaders.relayable(response.headers(), scrubber);
        headers.put("X-InsightX-Key", List.of(key.id()));
        rotationHeaders(headers, j.rotations);
        if (j.stream) {
            headers.put("X-Accel-Buffering", List.of("no"));
        }
        return headers;
    }

    private GatewayResponse problem(int status, String code, String title, String detail, Long retryAfterSeconds,
            List<String> rotations) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(Problem.MEDIA_TYPE));
        if (retryAfterSeconds != null) {
            headers.put("Retry-After", List.of(Long.toString(retryAfterSeconds)));
        }
        rotationHeaders(headers, rotations);
        try {
            byte[] body = json.writeValueAsBytes(Problem.of(status, code, title, detail));
            return new GatewayResponse(status, headers, Multi.createFrom().item(Buffer.buffer(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rotationHeaders(Map<String, List<String>> headers, List<String> rotations) {
        headers.put("X-InsightX-Rotations", List.of(Integer.toString(rotations.size())));
        if (!rotations.isEmpty()) {
            headers.put("X-InsightX-Rotation-Reasons", List.of(String.join(",", rotations)));
        }
    }
}
