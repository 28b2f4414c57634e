package io.insightx.keymanager.support;

import java.time.Duration;
import java.util.Map;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The service's configuration with its defaults, built without starting Quarkus. */
public final class TestConfig {

    private TestConfig() {
    }

    public static KeyManagerConfig.Keys keys() {
        return with(Map.of()).keys();
    }

    /** The defaults, with {@code properties} (full keys, {@code insightx.…}) on top. */
    public static KeyManagerConfig with(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(KeyManagerConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .withConverter(Duration.class, 100, new DurationConverter()).build();
        return config.getConfigMapping(KeyManagerConfig.class);
    }
}
