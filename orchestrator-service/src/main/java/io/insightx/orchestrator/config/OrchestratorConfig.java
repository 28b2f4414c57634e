package io.insightx.orchestrator.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything this service can be told, under {@code insightx.*} (each key overridable by environment variable). */
@ConfigMapping(prefix = "insightx")
public interface OrchestratorConfig {

    /** Token sent to the tool services ({@code INSIGHTX_INTERNAL_TOKEN}); none is sent when absent. */
    Optional<String> internalToken();

    Auth auth();

    interface Auth {
        /** {@code none}: one local user; {@code jwt}: bearer tokens ({@code INSIGHTX_AUTH_MODE}). */
        @WithDefault("none")
        String mode();

        /** The user every request acts as when auth is off. */
        @WithDefault("local")
        String localUser();
    }
}
