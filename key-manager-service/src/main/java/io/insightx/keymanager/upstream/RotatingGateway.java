package io.insightx.keymanager.upstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

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
 * rotation happens only before its first byte. A provider that is too slow ends the request with 504
 * {@code upstream-timeout} (or, in a stream, an error event) and costs the key nothing.
 */
@ApplicationScoped
public class RotatingGateway {

    private final KeyPool pool;
    private final UpstreamClient upstream;
    private final FailureClassifier classifier;
    private final Clock clock;
    private final KeyManagerConfig.Keys limits;
    private final KeyScrubber scrubber;
    private final BodyRelay relay;
    private final GatewayAnswers answers;

    public RotatingGateway(KeyPool pool, UpstreamClient upstream, Clock clock, ObjectMapper json,
            KeyManagerConfig config) {
        this.pool = pool;
        this.upstream = upstream;
        this.clock = clock;
        this.limits = config.keys();
        this.classifier = new FailureClassifier(config.llm().bodyErrorField(), json, clock);
        this.scrubber = new KeyScrubber(pool.keys());
        this.relay = new BodyRelay(config.upstream().idleTimeout(), scrubber, json);
        this.answers = new GatewayAnswers(json);
    }

    /** One request's journey across keys. */
    private final class Journey {
        final HttpMethod method;
        final String path;
        final Buffer body;
        final boolean stream;
        /** Time spent waiting for cooldowns: the budget is for waiting, not for the provider's own time. */
        Duration waited = Duration.ZERO;
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
            return Uni.createFrom().item(answers.problem(503, "no-keys", "No API keys",
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
        KeyUse use = new KeyUse(pool, next.get());
        j.tried.add(use.key.id());
        j.attempts++;
        // Only the send's own failure is this key's: what later attempts do must not be blamed on it.
        return upstream.send(j.method, j.path, use.key, j.body).onItemOrFailure().transformToUni((response, error) -> {
            if (error == null) {
                return answer(j, use, response);
            }
            Log.debugf("Upstream call failed with key %s: %s", use.key.id(), error.getClass().getSimpleName());
            return error instanceof UpstreamTimeoutException ? timedOut(j, use, error)
                    : rotate(j, use, new Failure(Failure.Kind.UNREACHABLE, 0, Optional.empty()));
        }).onCancellation().invoke(use::release);
    }

    private Uni<GatewayResponse> answer(Journey j, KeyUse use, HttpClientResponse response) {
        int status = response.statusCode();
        String type = response.getHeader("Content-Type");
        if (j.stream && status == 200 && type != null && type.startsWith("text/event-stream")) {
            pool.succeeded(use.key);
            return Uni.createFrom().item(new GatewayResponse(status, headers(response, use.key, j),
                    relay.stream(response, use)));
        }
        return relay.whole(response).onItemOrFailure().transformToUni((body, error) -> {
            if (error != null) {
                return error instanceof UpstreamTimeoutException ? timedOut(j, use, error)
                        : rotate(j, use, new Failure(Failure.Kind.UNREACHABLE, 0, Optional.empty()));
            }
            Optional<Failure> failure = classifier.classify(status, response::getHeader, body.toString());
            if (failure.isEmpty()) {
                pool.succeeded(use.key);
                use.release();
                return Uni.createFrom().item(new GatewayResponse(status, headers(response, use.key, j),
                        Multi.createFrom().item(body)));
            }
            j.last = new Upstream(status, headers(response, use.key, j), body);
            return rotate(j, use, failure.get());
        });
    }

    private Uni<GatewayResponse> rotate(Journey j, KeyUse use, Failure failure) {
        pool.failed(use.key, failure);
        use.release();
        pool.rotated(use.key, failure.reason());
        j.rotations.add(use.key.id() + "=" + failure.reason());
        if (j.attempts >= attemptLimit()) {
            return Uni.createFrom().item(giveUp(j));
        }
        return attempt(j);
    }

    /** A slow provider is slow with every key: the request ends here, and the key stays in service. */
    private Uni<GatewayResponse> timedOut(Journey j, KeyUse use, Throwable timeout) {
        pool.failed(use.key, new Failure(Failure.Kind.TIMEOUT, 0, Optional.empty()));
        use.release();
        return Uni.createFrom().item(answers.problem(504, "upstream-timeout", "Upstream timeout", timeout.getMessage(),
                null, j.rotations));
    }

    private Uni<GatewayResponse> waitOrGiveUp(Journey j) {
        Optional<Duration> wait = pool.earliestRecovery().map(this::delayUntil);
        if (wait.isPresent() && j.waited.plus(wait.get()).compareTo(limits.maxWait()) <= 0
                && j.attempts < attemptLimit()) {
            j.waited = j.waited.plus(wait.get());
            // A key that comes back from its cooldown may be tried again by this request.
            j.tried.clear();
            return Uni.createFrom().voidItem().onItem().delayIt().by(wait.get())
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
            return answers.problem(503, "keys-exhausted", "All keys unavailable", "Every API key is rate-limited, out of "
                    + "quota or disabled; the first recovers in " + seconds + " s.", seconds, j.rotations);
        }
        if (j.last != null) {
            return new GatewayResponse(j.last.status(), j.last.headers(), Multi.createFrom().item(j.last.body()));
        }
        if (pool.usableCount() == 0) {
            return answers.problem(503, "keys-exhausted", "All keys unavailable",
                    "Every API key is disabled; an operator can re-enable one with POST /v1/keys/{id}/enable.", null,
                    j.rotations);
        }
        return answers.problem(502, "upstream-unreachable", "Upstream unreachable",
                "The LLM provider could not be reached with any key.", null, j.rotations);
    }

    private Map<String, List<String>> headers(HttpClientResponse response, ApiKey key, Journey j) {
        Map<String, List<String>> headers = ResponseHeaders.relayable(response.headers(), scrubber);
        headers.put("X-InsightX-Key", List.of(key.id()));
        GatewayAnswers.rotationHeaders(headers, j.rotations);
        if (j.stream) {
            headers.put("X-Accel-Buffering", List.of("no"));
        }
        return headers;
    }
}
