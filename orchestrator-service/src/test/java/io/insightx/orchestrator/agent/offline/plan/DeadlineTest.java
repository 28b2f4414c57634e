package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Late and on time, against a date the row was due by: the data holds a promised date and a delivered date, never a
 * column that says "late", so the condition and the days late are computed for each row.
 */
class DeadlineTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void lateRowsHappenedAfterTheirDueDate() {
        Plan plan = PLANNER.plan("how many late deliveries", TestCatalogs.shipments());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(SqlWriter.write(plan).sql())
                .contains("CAST(\"Delivered Date\" AS DATE) > CAST(\"Promised Date\" AS DATE)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anOnTimeRateIsTakenOfTheRowsThatHappened() {
        Plan plan = PLANNER.plan("on-time delivery rate by carrier", TestCatalogs.shipments());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Carrier"));
        String sql = SqlWriter.write(plan).sql();
        assertThat(sql).contains("<= CAST(\"Promised Date\" AS DATE)").contains("IS NOT NULL");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theWorstOnTimeRateIsTheLowestAndOtherConditionsAreItsWhole() {
        Plan plan = PLANNER.plan("which carrier had the worst on-time rate for express shipments", TestCatalogs.shipments());
        assertThat(plan.descending()).isFalse();
        String sql = SqlWriter.write(plan).sql();
        // the service level filters every carrier's rows; only the on-time condition is the part counted
        assertThat(sql).contains("WHERE \"Service Level\" = ?");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void daysLateAreAveragedOverTheLateRows() {
        Plan plan = PLANNER.plan("for late deliveries, how many days late are they on avg", TestCatalogs.shipments());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().formula()).contains("date_diff('day'");
        assertThat(SqlWriter.write(plan).sql()).contains("> CAST(\"Promised Date\" AS DATE)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void lateInAPeriodIsNoCondition() {
        Plan plan = PLANNER.plan("shipments in late 2024", TestCatalogs.shipments());
        assertThat(plan.filters()).noneMatch(f -> f.column().name().contains("Promised"));
    }
}
