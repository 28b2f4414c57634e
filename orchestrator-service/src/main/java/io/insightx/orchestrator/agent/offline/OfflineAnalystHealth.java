package io.insightx.orchestrator.agent.offline;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.lang.Lexicon;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The offline analyst's optional parts: it answers without WordNet (with fewer synonyms) and without sentence
 * embeddings (with no links by meaning), so the check stays up and says whether each loaded.
 */
@Readiness
@ApplicationScoped
public class OfflineAnalystHealth implements HealthCheck {

    private final Lexicon lexicon;
    private final Embeddings embeddings;

    public OfflineAnalystHealth(Lexicon lexicon, Embeddings embeddings) {
        this.lexicon = lexicon;
        this.embeddings = embeddings;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("offline-analyst").up()
                .withData("wordnet", state(lexicon.loaded(), lexicon.loading()))
                .withData("embeddings", state(embeddings.loaded(), embeddings.loading())).build();
    }

    private static String state(boolean loaded, boolean loading) {
        return loaded ? "loaded" : loading ? "loading" : "unavailable";
    }
}
