package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** One value an export writes several ways ("Web", "web", "Box Office "): grouped, filtered and counted as one. */
class CaseVariantsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void groupsBySpellingsMadeOne() {
        Plan plan = PLANNER.plan("tickets sold by sales channel", TestCatalogs.ticketOrders());
        assertThat(SqlWriter.write(plan).sql()).contains("lower(trim(\"sales_channel\")) AS \"sales_channel\"")
                .contains("GROUP BY lower(trim(\"sales_channel\"))");
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("\"Web\", \"web\"").contains("counted as one"));
    }

    @Test
    void filtersEverySpellingOfTheValueNamed() {
        Plan plan = PLANNER.plan("how many web orders were there?", TestCatalogs.ticketOrders());
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("lower(trim(\"sales_channel\")) = ?");
        assertThat(sql.params()).containsExactly("web");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aColumnWrittenOneWayIsLeftAlone() {
        Plan plan = PLANNER.plan("orders by tier", TestCatalogs.ticketOrders());
        assertThat(SqlWriter.write(plan).sql()).contains("\"tier\" AS \"tier\"").doesNotContain("lower(");
        assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("counted as one"));
        assertThat(SqlWriter.write(PLANNER.plan("how many distinct sales channels", TestCatalogs.ticketOrders())).sql())
                .contains("count(DISTINCT lower(trim(\"sales_channel\")))");
    }
}
