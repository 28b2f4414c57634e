package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** A score of few values named with its numbers: "a csat of 4 or 5" keeps the rows with either. */
class ListedNumbersTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void numbersListedAfterAScoreAreItsValues() {
        Plan plan = PLANNER.plan("share of calls with a csat of 4 or 5", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("CAST(\"csat\" AS VARCHAR) IN (?, ?)");
        assertThat(sql.params()).contains("4", "5");
    }

    @Test
    void oneNumberAfterOfIsThatValue() {
        var sql = SqlWriter.write(PLANNER.plan("how many calls had a csat of 1", TestCatalogs.callCenter()));
        assertThat(sql.sql()).contains("\"csat\" = ?");
        assertThat(sql.params()).containsExactly(1.0);
    }
}
