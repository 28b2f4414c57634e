package io.insightx.keymanager.key;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import io.insightx.keymanager.config.KeyManagerConfig;

/**
 * The rules of rotation, as a pure function of a failure and the key's recent history: a 429 honours Retry-After,
 * else backs off exponentially with jitter; quota exhaustion cools for long; a rejected key is disabled; server and
 * network failures open the key's circuit only after several in a row; a timeout is the provider's slowness, never
 * the key's fault.
 */
public final class CooldownPolicy {

    private final KeyManagerConfig.Keys config;
    private final DoubleSupplier random;

    public CooldownPolicy(KeyManagerConfig.Keys config, DoubleSupplier random) {
        this.config = config;
        this.random = random;
    }

    /** @param consecutive failures of this kind in a row for the key, this one included */
    public Cooldown decide(Failure failure, int consecutive) {
        return switch (failure.kind()) {
            case REJECTED -> Cooldown.disable();
            case QUOTA -> Cooldown.coolDown(longest(config.quotaCooldown(), failure));
            case RATE_LIMITED -> Cooldown.coolDown(failure.retryAfter().orElseGet(() -> backoff(consecutive)));
            case SERVER_ERROR, UNREACHABLE -> consecutive >= config.circuitThreshold()
                    ? Cooldown.coolDown(config.circuitCooldown()) : Cooldown.none();
            // A slow provider is slow with every key: taking keys out would only turn slowness into 503s.
            case TIMEOUT -> Cooldown.none();
        };
    }

    private Duration backoff(int consecutive) {
        long base = config.baseBackoff().toMillis();
        long exponential = base << Math.min(Math.max(consecutive - 1, 0), 20);
        long capped = Math.min(exponential, config.maxBackoff().toMillis());
        // ±20 % so that keys cooled together do not all come back in the same millisecond.
        double jitter = 0.8 + 0.4 * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
    }

    private static Duration longest(Duration floor, Failure failure) {
        return failure.retryAfter().filter(d -> d.compareTo(floor) > 0).orElse(floor);
    }
}
