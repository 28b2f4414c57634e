package io.insightx.keymanager.key;

import io.micrometer.core.instrument.MeterRegistry;

/** Prometheus counters per key id (never per secret): requests, failures by status, rotations, cooldowns. */
public final class KeyMetrics {

    private final MeterRegistry registry;

    public KeyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void request(String keyId) {
        registry.counter("insightx.key.requests", "key", keyId).increment();
    }

    void failure(String keyId, String status) {
        registry.counter("insightx.key.failures", "key", keyId, "status", status).increment();
    }

    void rotation(String keyId, String reason) {
        registry.counter("insightx.key.rotations", "key", keyId, "reason", reason).increment();
    }

    void cooldown(String keyId) {
        registry.counter("insightx.key.cooldowns", "key", keyId).increment();
    }
}
