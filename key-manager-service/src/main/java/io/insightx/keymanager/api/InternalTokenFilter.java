package io.insightx.keymanager.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import io.insightx.keymanager.config.KeyManagerConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Only the orchestrator may call this service: when an internal token is configured, every API request must carry
 * it as a bearer token. Health, metrics and OpenAPI are not JAX-RS routes, so they stay open to probes.
 */
public class InternalTokenFilter {

    private final Optional<byte[]> expected;

    public InternalTokenFilter(KeyManagerConfig config) {
        this.expected = config.internalToken().filter(t -> !t.isBlank())
                .map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    // Pre-matching, so that unknown paths are refused as well instead of telling strangers what exists.
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(expected.get(), given)) {
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(Problem.of(401, "unauthorized", "Unauthorized",
                "This internal API needs 'Authorization: Bearer <INSIGHTX_INTERNAL_TOKEN>'.")));
    }
}
