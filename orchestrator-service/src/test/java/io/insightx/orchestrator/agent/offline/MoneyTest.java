package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * "revenue", "sales" over data that names no column so: the amount a row carries, else units times unit price, said
 * in the answer; never the rows counted (the tester's "revenue 2022 vs 2023" came back as 166 vs 194 orders).
 */
class MoneyTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void revenueIsUnitsTimesUnitPriceWhereTheDataHoldsNoAmount() {
        Plan plan = PLANNER.plan("total revenue by state", TestCatalogs.orderLines());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"units\" * \"Unit Price ($)\"))");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Revenue is units × Unit Price ($)"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void salesIsTheAmountARowCarriesAndASalesChannelStaysAChannel() {
        Plan sales = PLANNER.plan("total sales by region", TestCatalogs.payments());
        assertThat(sales.measure().name()).isEqualTo("amount");
        assertThat(sales.aggregate()).isEqualTo(Aggregate.SUM);
        Plan channel = PLANNER.plan("revenue by sales channel", TestCatalogs.orderLines());
        assertThat(channel.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Sales Channel"));
        assertThat(channel.measure().formula()).isEqualTo("\"units\" * \"Unit Price ($)\"");
    }

    @Test
    void dataWithoutMoneyLeavesTheWordReported() {
        assertThat(PLANNER.plan("total revenue by island", TestCatalogs.penguins()).ignored()).contains("revenue");
    }

    @Test
    void whatWasSoldIsCountedInUnits() {
        Plan plan = PLANNER.plan("which region sold the most", TestCatalogs.payments());
        assertThat(plan.measure().name()).isEqualTo("qty");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("region"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void expensiveAndCheapMeasureThePrice() {
        Plan dear = PLANNER.plan("the most expensive order", TestCatalogs.orderLines());
        assertThat(dear.measure().name()).isEqualTo("Unit Price ($)");
        assertThat(dear.aggregate()).isEqualTo(Aggregate.MAX);
        Plan cheap = PLANNER.plan("cheapest order in texas", TestCatalogs.orderLines());
        assertThat(cheap.measure().name()).isEqualTo("Unit Price ($)");
        assertThat(cheap.aggregate()).isEqualTo(Aggregate.MIN);
    }

    @Test
    void richAndPoorMeasureIncomeAndTheNamedRowIsTheAnswer() {
        Plan poorest = PLANNER.plan("poorest country in america", TestCatalogs.gapminder());
        assertThat(poorest.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(poorest.measure().name()).isEqualTo("income");
        assertThat(poorest.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(poorest.ignored()).isEmpty(); // "country" was left out: a figure without the country
    }
}
