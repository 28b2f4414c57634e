package io.insightx.pythontool.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when untrusted code can be contained, and loud about it when it cannot. */
@Readiness
@ApplicationScoped
public class SandboxReadiness implements HealthCheck {

    private final PythonSandbox pool;

    public SandboxReadiness(PythonSandbox pool) {
        this.pool = pool;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("python-sandbox").withData("spareKernels", pool.spareKernels())
                .withData("liveKernels", pool.liveKernels());
        if (pool.unavailableReason() != null) {
            return response.down().withData("reason", pool.unavailableReason()).build();
        }
        if (!pool.isSandboxed()) {
            return response.up().withData("sandbox", "OFF: development only, untrusted code is NOT contained").build();
        }
        return response.up().withData("sandbox", "bubblewrap").build();
    }
}
