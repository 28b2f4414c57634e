package io.insightx.orchestrator.agent.offline;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The offline analyst's optional parts: it answers without WordNet (with fewer synonyms), so the check stays up
 * and says whether WordNet loaded.
 */
@Readiness
@ApplicationScoped
public class OfflineAnalystHealth implements HealthCheck {

    private final Lexicon lexicon;

    public OfflineAnalystHealth(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("offline-analyst").up()
                .withData("wordnet", lexicon.loaded() ? "loaded" : lexicon.loading() ? "loading" : "unavailable").build();
    }
}
