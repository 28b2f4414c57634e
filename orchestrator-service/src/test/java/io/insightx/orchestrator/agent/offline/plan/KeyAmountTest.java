package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/** A figure asked of the things a key names ("total billed", "the largest invoice") is of the money they carry. */
class KeyAmountTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void theTotalBilledIsTheSumOfTheAmount() {
        Plan plan = PLANNER.plan("total billed in 2024", TestCatalogs.invoices());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("amount");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theLargestInvoiceIsTheRowWithTheLargestAmount() {
        Plan plan = PLANNER.plan("largest invoice", TestCatalogs.invoices());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("amount");
        assertThat(plan.descending()).isTrue();
    }

    @Test
    void countedThingsStayCounted() {
        Plan plan = PLANNER.plan("which customer has the most invoices", TestCatalogs.invoices());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("customer"));
    }

    @Test
    void aShareOfThingsASenseLinksToAnAmountIsAShareOfRows() {
        Plan plan = PLANNER.plan("share of deals that were all cash", TestCatalogs.homeSales());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.measure()).isNull();
        assertThat(PLANNER.plan("share of sale price from cash deals", TestCatalogs.homeSales()).measure().name())
                .isEqualTo("Sale Price");
    }

    @Test
    void anAmountTimesALevelIsSummed() {
        Plan plan = PLANNER.plan("inventory value (on hand x unit cost) by category", TestCatalogs.inventory());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().formula()).contains("\"on_hand\" * \"unit_cost\"");
    }
}
