package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Words of a rentals export said the way people say them: the plural of a value in capitals ("suvs"), the verb the
 * rows' noun is made from ("rented"), a date's name before a unit of time ("pickup day") where a column is named by
 * that unit ("days"), and how long a rental lasts (from pickup to return).
 */
class RentalWordsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void thePluralOfACapitalisedValueIsThatValue() {
        Plan plan = PLANNER.plan("avg daily rate for suvs", TestCatalogs.rentals());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly("SUV");
    }

    @Test
    void theVerbOfTheRowsNounSaysOnlyThatTheyAreRows() {
        Plan plan = PLANNER.plan("how many SUVs were rented", TestCatalogs.rentals());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
    }

    @Test
    void aDatesNameBeforeAUnitOfTimeIsThatDateAtThatGrain() {
        Plan busiest = PLANNER.plan("busiest pickup day", TestCatalogs.rentals());
        assertThat(busiest.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(busiest.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("pickup_date");
            assertThat(g.grain()).isEqualTo(Grain.DAY);
        });
        Plan which = PLANNER.plan("which pickup month had the most rentals", TestCatalogs.rentals());
        assertThat(which.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
        assertThat(which.measure()).isNull();
    }

    @Test
    void aRentalLastsFromPickupToReturn() {
        Plan plan = PLANNER.plan("how long is the average rental", TestCatalogs.rentals());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("date_diff('day', CAST(\"pickup_date\" AS DATE), "
                + "CAST(\"return_date\" AS DATE))");
    }
}
