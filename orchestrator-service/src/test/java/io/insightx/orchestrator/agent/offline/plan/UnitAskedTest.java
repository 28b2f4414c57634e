package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** A figure asked in another unit than its column's: converted, never the column's own number with the unit dropped. */
class UnitAskedTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void secondsAskedInMinutesAreDividedBySixty() {
        Plan plan = PLANNER.plan("avg wait time in minutes", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().unit()).isEqualTo("minutes");
        assertThat(SqlWriter.write(plan).sql()).contains("avg((\"wait_seconds\" / 60.0))");
    }

    @Test
    void aUnitInParenthesesIsTheAnswersUnitToo() {
        Plan plan = PLANNER.plan("total talk time (hrs) by team", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"talk_seconds\" / 3600.0))");
    }

    @Test
    void minTheAggregateAndAUnitOfAnotherKindConvertNothing() {
        assertThat(SqlWriter.write(PLANNER.plan("min wait time", TestCatalogs.callCenter())).sql())
                .contains("min(\"wait_seconds\")");
        Plan plan = PLANNER.plan("avg wait time in kg", TestCatalogs.callCenter());
        assertThat(plan.ignored()).contains("kg");
    }
}
