package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * A yes/no column named by the noun of what it says happened ("abandonment" of "abandoned", WordNet's derivation):
 * its rate is the share of rows where it did, its count the rows.
 */
class FlagRateTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void theNounOfAParticipleFlagIsItsRate() {
        Plan plan = PLANNER.plan("abandonment rate by team", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE CAST(\"abandoned\" AS VARCHAR) = ?) / count(*)");
        assertThat(sql.params()).contains("1");
    }

    @Test
    void thePluralNounCountsTheRowsWhereItHappened() {
        var sql = SqlWriter.write(PLANNER.plan("how many abandonments per team?", TestCatalogs.callCenter()));
        assertThat(sql.sql()).contains("WHERE CAST(\"abandoned\" AS VARCHAR) = ?").contains("count(*)");
    }

    @Test
    void aNounOfNoFlagIsLeftUnplaced() {
        assertThat(PLANNER.plan("escalation rate by team", TestCatalogs.callCenter()).ignored()).contains("escalation");
    }
}
