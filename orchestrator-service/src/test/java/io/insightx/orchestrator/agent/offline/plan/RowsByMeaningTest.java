package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/**
 * A plural close in meaning to what the rows are names them ("rides" of trips.csv), but only where the rows' key says
 * what they are; elsewhere a word near the dataset's name may narrow the rows, and is reported unused. The noun a
 * value modifies ("casual riders") goes with the value.
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
    void theNounAValueModifiesIsUsedWithIt() {
        Plan riders = PLANNER.plan("max trip duration for casual riders", TestCatalogs.trips());
        assertThat(riders.ignored()).isEmpty();
        // riders are not trips: counted, they are reported
        assertThat(PLANNER.plan("how many casual riders", TestCatalogs.trips()).ignored()).contains("riders");
        Plan customers = PLANNER.plan("avg amount for enterprise customers", TestCatalogs.invoices());
        assertThat(customers.groups()).isEmpty();
        assertThat(customers.ignored()).isEmpty();
    }

    @Test
    void withoutAKeyANearWordIsReported() {
        Plan plan = PLANNER.plan("how many journeys", TestCatalogs.flights());
        assertThat(plan.ignored()).contains("journeys");
    }
}
