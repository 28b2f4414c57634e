package io.insightx.orchestrator.api;

import java.time.Clock;
import java.util.Optional;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Establishes the user of every API request. With {@code jwt}, a request without a valid bearer token is refused
 * (401); every session, chat, dataset, artifact and event then belongs to the token's {@code sub}, and another
 * user's are answered 404, as if they did not exist.
 */
public class AuthFilter {

    private final CurrentUser user;
    private final OrchestratorConfig.Auth config;
    private final JwtVerifier verifier;

    public AuthFilter(CurrentUser user, OrchestratorConfig config) {
        this.user = user;
        this.config = config.auth();
        this.verifier = "jwt".equals(this.config.mode())
                ? new JwtVerifier(this.config.jwtSecret(), this.config.jwtPublicKey(), this.config.jwtIssuer(),
                        Clock.systemUTC())
                : null;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (verifier == null) {
            user.set(config.localUser());
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> sub = header != null && header.startsWith("Bearer ")
                ? verifier.user(header.substring("Bearer ".length()).strip()) : Optional.empty();
        if (sub.isPresent()) {
            user.set(sub.get());
            return Optional.empty();
        }
        return Optional.of(ProblemMapper.respond(Problem.of(401, "unauthorized", "Unauthorized",
                "Sign in: the API needs 'Authorization: Bearer <JWT>' with a valid, unexpired token.")));
    }
}
