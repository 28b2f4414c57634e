package io.insightx.orchestrator.client;

import static java.time.temporal.ChronoUnit.SECONDS;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** python-tool-service. A program that fails is a 200 with {@code status: error}, not an exception. */
@ApplicationScoped
public class PythonToolClient {

    private final PythonToolRestClient rest;

    public PythonToolClient(@RestClient PythonToolRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 150, unit = SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = SECONDS,
            skipOn = ToolRejectedException.class)
    @CircuitBreakerName("python-tool-execute")
    public JsonNode execute(JsonNode request) {
        return rest.execute(request);
    }
}
