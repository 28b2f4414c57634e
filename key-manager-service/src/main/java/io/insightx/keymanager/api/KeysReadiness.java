package io.insightx.keymanager.api;

import io.insightx.keymanager.key.KeyPool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the keys without failing readiness: with no usable key the gateway still answers (503 problems), and
 * callers such as the orchestrator read {@code usable} to choose their offline brain.
 */
@Readiness
@ApplicationScoped
public class KeysReadiness implements HealthCheck {

    private final KeyPool pool;

    public KeysReadiness(KeyPool pool) {
        this.pool = pool;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("llm-keys").up().withData("configured", pool.size())
                .withData("usable", pool.usableCount()).build();
    }
}
