package io.insightx.keymanager.support;

import java.time.Duration;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The service's configuration with its defaults, built without starting Quarkus. */
public final class TestConfig {

    private TestConfig() {
    }

    public static KeyManagerConfig.Keys keys() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(KeyManagerConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()).build();
        return config.getConfigMapping(KeyManagerConfig.class).keys();
    }
}
