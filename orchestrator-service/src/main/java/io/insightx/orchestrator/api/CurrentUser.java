package io.insightx.orchestrator.api;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is asking. With {@code insightx.auth.mode=none} everyone is the one local user. */
@ApplicationScoped
public class CurrentUser {

    private final OrchestratorConfig config;

    public CurrentUser(OrchestratorConfig config) {
        this.config = config;
    }

    public String id() {
        return config.auth().localUser();
    }
}
