package io.insightx.keymanager.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.insightx.keymanager.support.TestConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

/** The pool's rules, on a clock the test moves by hand. */
class KeyPoolTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final KeyEvents events = new KeyEvents();
    final KeyPool pool = new KeyPool(List.of(new ApiKey("k1", "secret-one-xyz-1111"), new ApiKey("k2", "secret-two-xyz-2222"),
            new ApiKey("k3", "secret-three-3333")), new CooldownPolicy(TestConfig.keys(), () -> 0.5), clock, events,
            new KeyMetrics(new SimpleMeterRegistry()));

    @Test
    void handsOutKeysFairly() {
        Map<String, Integer> uses = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            ApiKey key = pool.acquire(Set.of()).orElseThrow();
            uses.merge(key.id(), 1, Integer::sum);
            pool.release(key);
        }
        assertThat(uses).containsEntry("k1", 10).containsEntry("k2", 10).containsEntry("k3", 10);
    }

    @Test
    void prefersTheKeyWithFewestRequestsInFlight() {
        ApiKey first = pool.acquire(Set.of()).orElseThrow();
        ApiKey second = pool.acquire(Set.of()).orElseThrow();
        pool.release(first);
        ApiKey third = pool.acquire(Set.of()).orElseThrow();
        assertThat(third.id()).isNotEqualTo(second.id());
    }

    @Test
    void aCooldownOnlyEverExtends() {
        ApiKey k1 = acquire("k1");
        pool.failed(k1, rateLimited(60));
        pool.failed(acquire("k1", true), rateLimited(5));
        assertThat(state("k1").cooldownUntil()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void coolingKeysComeBackWhenTheirTimeIsUpAndSaySo() {
        AssertSubscriber<KeyEvent> seen = events.stream().subscribe().withSubscriber(AssertSubscriber.create(10));
        pool.failed(acquire("k1"), rateLimited(10));
        assertThat(pool.earliestRecovery()).contains(clock.instant().plusSeconds(10));
        assertThat(pool.usableCount()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        pool.recoverExpired();
        assertThat(state("k1").state()).isEqualTo("healthy");
        assertThat(seen.getItems()).extracting(KeyEvent::type).containsExactly("cooled-down", "recovered");
    }

    @Test
    void disabledKeysStayOutUntilEnabled() {
        pool.failed(acquire("k2"), new Failure(Failure.Kind.REJECTED, 401, Optional.empty()));
        clock.advance(Duration.ofDays(1));
        assertThat(state("k2").state()).isEqualTo("disabled");
        assertThat(pool.earliestRecovery()).isEmpty();
        List<String> handedOut = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiKey key = pool.acquire(Set.of()).orElseThrow();
            handedOut.add(key.id());
            pool.release(key);
        }
        assertThat(handedOut).doesNotContain("k2");
        pool.enable("k2");
        assertThat(state("k2").state()).isEqualTo("healthy");
    }

    @Test
    void snapshotsShowFingerprintsNeverSecrets() {
        assertThat(pool.snapshot()).extracting(KeySnapshot::fingerprint).containsExactly("…1111", "…2222", "…3333");
        assertThat(pool.snapshot().toString()).doesNotContain("secret-");
        assertThat(new ApiKey("k9", "abc").fingerprint()).isEqualTo("…");
    }

    private ApiKey acquire(String id) {
        return acquire(id, false);
    }

    /** Acquires keys until the wanted one comes, releasing the others; {@code evenIfCooling} skips the state. */
    private ApiKey acquire(String id, boolean evenIfCooling) {
        if (evenIfCooling) {
            return new ApiKey(id, "irrelevant");
        }
        for (int i = 0; i < 3; i++) {
            ApiKey key = pool.acquire(Set.of()).orElseThrow();
            if (key.id().equals(id)) {
                return key;
            }
            pool.release(key);
        }
        throw new IllegalStateException(id + " was never handed out");
    }

    private KeySnapshot state(String id) {
        return pool.snapshot().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Failure rateLimited(int seconds) {
        return new Failure(Failure.Kind.RATE_LIMITED, 429, Optional.of(Duration.ofSeconds(seconds)));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
