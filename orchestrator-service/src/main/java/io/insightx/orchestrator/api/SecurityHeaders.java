package io.insightx.orchestrator.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, the workspace's pages and the API alike: everything from this origin
 * only, no inline script, never framed, no referrer, no content sniffing.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * {@code 'unsafe-eval'}: Vega compiles its chart expressions with {@code Function} (its CSP-safe interpreter is
     * not published as a WebJar); inline styles: vega-embed and the sparklines set them. Scripts stay same-origin
     * files: no inline script runs.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.response().putHeader("Content-Security-Policy", POLICY)
                    .putHeader("X-Frame-Options", "DENY")
                    .putHeader("Referrer-Policy", "no-referrer")
                    .putHeader("X-Content-Type-Options", "nosniff");
            ctx.next();
        }, 100);
    }
}
