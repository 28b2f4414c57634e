package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** "more than once", "at least twice", "3 times or more": the things with that many rows, never a figure above 1. */
class TimesCountedTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void moreThanOnceKeepsTheThingsWithSeveralRows() {
        Plan plan = PLANNER.plan("which candidates appear more than once?", TestCatalogs.candidates());
        assertThat(plan.ignored()).isEmpty();
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("HAVING count(*) > ?");
        assertThat(sql.params()).contains(1.0);
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.words()).isEqualTo("found more than once"));
    }

    @Test
    void twiceOrMoreAndTimesAreCountsToo() {
        var twice = SqlWriter.write(PLANNER.plan("how many candidates were listed twice or more",
                TestCatalogs.candidates()));
        assertThat(twice.sql()).contains("HAVING count(*) >= ?");
        assertThat(twice.params()).contains(2.0);
        var times = SqlWriter.write(PLANNER.plan("candidates listed at least 3 times", TestCatalogs.candidates()));
        assertThat(times.sql()).contains("HAVING count(*) >= ?");
        assertThat(times.params()).contains(3.0);
    }

    @Test
    void onceWithoutAComparisonIsNoNumber() {
        assertThat(PLANNER.plan("candidates listed once", TestCatalogs.candidates()).filters())
                .noneSatisfy(f -> assertThat(f).isInstanceOf(Filter.GroupSize.class));
    }
}
