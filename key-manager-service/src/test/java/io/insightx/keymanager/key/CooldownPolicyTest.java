package io.insightx.keymanager.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.insightx.keymanager.support.TestConfig;
import org.junit.jupiter.api.Test;

class CooldownPolicyTest {

    final KeyManagerConfig.Keys keys = TestConfig.keys();

    @Test
    void rateLimitHonoursRetryAfter() {
        CooldownPolicy policy = new CooldownPolicy(keys, () -> 0.5);
        Cooldown c = policy.decide(new Failure(Failure.Kind.RATE_LIMITED, 429, Optional.of(Duration.ofSeconds(7))), 1);
        assertThat(c).isEqualTo(new Cooldown(Cooldown.Action.COOL_DOWN, Duration.ofSeconds(7)));
    }

    @Test
    void rateLimitWithoutHintBacksOffExponentiallyWithBoundedJitter() {
        Failure failure = new Failure(Failure.Kind.RATE_LIMITED, 429, Optional.empty());
        CooldownPolicy middle = new CooldownPolicy(keys, () -> 0.5);
        assertThat(middle.decide(failure, 1).duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(middle.decide(failure, 2).duration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(middle.decide(failure, 3).duration()).isEqualTo(Duration.ofSeconds(8));
        assertThat(middle.decide(failure, 30).duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(new CooldownPolicy(keys, () -> 0.0).decide(failure, 1).duration()).isEqualTo(Duration.ofMillis(1600));
        assertThat(new CooldownPolicy(keys, () -> 0.999).decide(failure, 1).duration()).isLessThan(Duration.ofMillis(2400));
    }

    @Test
    void quotaCoolsForLongAndRejectionDisables() {
        CooldownPolicy policy = new CooldownPolicy(keys, () -> 0.5);
        assertThat(policy.decide(new Failure(Failure.Kind.QUOTA, 402, Optional.empty()), 1).duration())
                .isEqualTo(Duration.ofHours(1));
        assertThat(policy.decide(new Failure(Failure.Kind.QUOTA, 429, Optional.of(Duration.ofHours(5))), 1).duration())
                .isEqualTo(Duration.ofHours(5));
        assertThat(policy.decide(new Failure(Failure.Kind.REJECTED, 401, Optional.empty()), 1).action())
                .isEqualTo(Cooldown.Action.DISABLE);
    }

    @Test
    void serverErrorsOpenTheCircuitOnlyAfterSeveralInARow() {
        CooldownPolicy policy = new CooldownPolicy(keys, () -> 0.5);
        Failure failure = new Failure(Failure.Kind.SERVER_ERROR, 503, Optional.empty());
        assertThat(policy.decide(failure, 1).action()).isEqualTo(Cooldown.Action.NONE);
        assertThat(policy.decide(failure, 2).action()).isEqualTo(Cooldown.Action.NONE);
        assertThat(policy.decide(failure, 3)).isEqualTo(new Cooldown(Cooldown.Action.COOL_DOWN, Duration.ofSeconds(30)));
    }

    @Test
    void aSlowProviderIsNeverTheKeysFault() {
        CooldownPolicy policy = new CooldownPolicy(keys, () -> 0.5);
        Failure timeout = new Failure(Failure.Kind.TIMEOUT, 0, Optional.empty());
        for (int inARow = 1; inARow <= 10; inARow++) {
            assertThat(policy.decide(timeout, inARow).action()).isEqualTo(Cooldown.Action.NONE);
        }
    }
}
