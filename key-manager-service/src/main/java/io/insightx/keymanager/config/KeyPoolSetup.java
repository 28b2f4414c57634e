package io.insightx.keymanager.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import io.insightx.keymanager.key.ApiKey;
import io.insightx.keymanager.key.CooldownPolicy;
import io.insightx.keymanager.key.KeyEvents;
import io.insightx.keymanager.key.KeyMetrics;
import io.insightx.keymanager.key.KeyPool;
import io.insightx.keymanager.key.KeySource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;

/** Builds the key pool from the environment and configuration, once. */
@ApplicationScoped
public class KeyPoolSetup {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    KeyEvents keyEvents() {
        return new KeyEvents();
    }

    @Produces
    @ApplicationScoped
    KeyPool keyPool(KeyManagerConfig config, Config raw, Clock clock, KeyEvents events, MeterRegistry registry) {
        List<ApiKey> keys = KeySource.load(name -> raw.getOptionalValue(name, String.class),
                config.llm().apiKeys().orElse(List.of()));
        Log.infof("LLM gateway to %s with %d keys (%s)", config.llm().baseUrl(), keys.size(),
                keys.stream().map(ApiKey::toString).toList());
        Random random = new SecureRandom();
        return new KeyPool(keys, new CooldownPolicy(config.keys(), random::nextDouble), clock, events,
                new KeyMetrics(registry));
    }
}
