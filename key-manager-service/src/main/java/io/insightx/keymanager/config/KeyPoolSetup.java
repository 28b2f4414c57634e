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
import io.insightx.keymanager.key.SharedKeyState;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;

/** Builds the key pool from the environment and configuration, once. */
@ApplicationScoped
public class KeyPoolSetup {

    private SharedKeyState shared;

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
        KeyPool pool = new KeyPool(keys, new CooldownPolicy(config.keys(), random::nextDouble), clock, events,
                new KeyMetrics(registry));
        if ("postgres".equals(config.keys().sharedState())) {
            KeyManagerConfig.SharedPostgres db = config.keys().postgres();
            String url = db.url().orElseThrow(() -> new IllegalStateException(
                    "insightx.keys.shared-state=postgres needs insightx.keys.postgres.url"));
            shared = new SharedKeyState(url, db.username().orElse(null), db.password().orElse(null));
            shared.attach(pool, db.pollInterval());
            Log.info("Key states are shared with the other replicas through PostgreSQL");
        }
        return pool;
    }

    @PreDestroy
    void stopSharing() {
        if (shared != null) {
            shared.close();
        }
    }
}
