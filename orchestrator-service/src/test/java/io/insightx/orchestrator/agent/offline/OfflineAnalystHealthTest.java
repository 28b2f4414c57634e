package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.lang.Embeddings;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import org.junit.jupiter.api.Test;

/** The analyst's optional parts: the health check says whether each loaded, and the analyst works without them. */
class OfflineAnalystHealthTest {

    @Test
    void theCheckSaysWhetherTheEmbeddingsLoaded() {
        TestCatalogs.EMBEDDINGS.load();
        assertThat(new OfflineAnalystHealth(TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS).call().getData().orElseThrow())
                .containsEntry("wordnet", "loaded").containsEntry("embeddings", "loaded");
        assertThat(new OfflineAnalystHealth(TestCatalogs.LEXICON, Embeddings.unavailable()).call().getData().orElseThrow())
                .containsEntry("embeddings", "unavailable");
    }

    @Test
    void withoutEmbeddingsTheAnalystAnswersWhatItPlacesAndReportsTheRest() {
        Planner planner = new Planner(TestCatalogs.LEXICON, Embeddings.unavailable());
        Plan named = planner.plan("average body mass by species", TestCatalogs.penguins());
        assertThat(named.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(named.ignored()).isEmpty();
        Plan meant = planner.plan("average fuel economy by origin", TestCatalogs.cars());
        assertThat(meant.ignored()).contains("fuel");
        assertThat(meant.notes()).noneMatch(n -> n.contains("closest in meaning"));
        assertThat(Embeddings.unavailable().similarity("weight", "body mass")).isNaN();
    }
}
