package io.insightx.keymanager.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.insightx.keymanager.support.TestConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two replicas (two pools) sharing key states through a real PostgreSQL. */
class SharedKeyStateTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aCooldownOrADisableSeenByOneReplicaReachesTheOtherWithinASecond() {
        // The replicas list the same keys in different orders: they agree by the secrets' hashes, not the ids.
        KeyPool a = pool(List.of(new ApiKey("k1", "shared-secret-one-1111"), new ApiKey("k2", "shared-secret-two-2222")));
        KeyPool b = pool(List.of(new ApiKey("k1", "shared-secret-two-2222"), new ApiKey("k2", "shared-secret-one-1111")));
        try (SharedKeyState sa = share(a); SharedKeyState sb = share(b)) {
            Instant start = Instant.now();
            a.failed(acquire(a, "k1"), new Failure(Failure.Kind.RATE_LIMITED, 429, Optional.of(Duration.ofSeconds(60))));
            await().atMost(Duration.ofSeconds(1)).until(() -> state(b, "k2").state().equals("cooling"));
            assertThat(state(b, "k2").cooldownUntil()).isAfter(start.plusSeconds(59));
            assertThat(state(b, "k1").state()).isEqualTo("healthy");

            b.failed(acquire(b, "k1"), new Failure(Failure.Kind.REJECTED, 401, Optional.empty()));
            await().atMost(Duration.ofSeconds(1)).until(() -> state(a, "k2").state().equals("disabled"));

            a.enable("k2");
            await().atMost(Duration.ofSeconds(1)).until(() -> state(b, "k1").state().equals("healthy"));
        }
    }

    @Test
    void aSharedCooldownOnlyEverExtends() {
        KeyPool a = pool(List.of(new ApiKey("k1", "extend-secret-3333")));
        KeyPool b = pool(List.of(new ApiKey("k1", "extend-secret-3333")));
        try (SharedKeyState sa = share(a); SharedKeyState sb = share(b)) {
            a.failed(acquire(a, "k1"), new Failure(Failure.Kind.QUOTA, 402, Optional.empty()));
            await().atMost(Duration.ofSeconds(1)).until(() -> state(b, "k1").state().equals("cooling"));
            Instant long1 = state(b, "k1").cooldownUntil();
            b.failed(new ApiKey("k1", "extend-secret-3333"), new Failure(Failure.Kind.RATE_LIMITED, 429,
                    Optional.of(Duration.ofSeconds(5))));
            assertThat(state(b, "k1").cooldownUntil()).isEqualTo(long1);
            // PostgreSQL keeps microseconds: compare to the millisecond. During 1.5 s, the shorter cooldown never wins.
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() ->
                    state(a, "k1").cooldownUntil().truncatedTo(ChronoUnit.MILLIS).equals(long1.truncatedTo(ChronoUnit.MILLIS)));
        }
    }

    private static KeyPool pool(List<ApiKey> keys) {
        return new KeyPool(keys, new CooldownPolicy(TestConfig.keys(), () -> 0.5), Clock.systemUTC(), new KeyEvents(),
                new KeyMetrics(new SimpleMeterRegistry()));
    }

    private static SharedKeyState share(KeyPool pool) {
        SharedKeyState shared = new SharedKeyState(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        shared.attach(pool, Duration.ofMillis(200));
        return shared;
    }

    private static ApiKey acquire(KeyPool pool, String id) {
        for (int i = 0; i < 4; i++) {
            ApiKey key = pool.acquire(Set.of()).orElseThrow();
            if (key.id().equals(id)) {
                return key;
            }
            pool.release(key);
        }
        throw new IllegalStateException(id + " was never handed out");
    }

    private static KeySnapshot state(KeyPool pool, String id) {
        return pool.snapshot().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
