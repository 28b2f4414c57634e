package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/**
 * A plural close in meaning to what the rows are names them ("rides" of trips.csv), but only where the rows' key says
 * what they are; elsewhere a word near the dataset's name may narrow the rows, and is reported unused.
 */
class RowsByMeaningTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS);

    @Test
    void ridesAreTheTripsTheKeyNames() {
        Plan plan = PLANNER.plan("how many rides in total", TestCatalogs.trips());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.entity()).isEqualTo("rides");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void withoutAKeyANearWordIsReported() {
        Plan plan = PLANNER.plan("how many journeys", TestCatalogs.flights());
        assertThat(plan.ignored()).contains("journeys");
    }
}
