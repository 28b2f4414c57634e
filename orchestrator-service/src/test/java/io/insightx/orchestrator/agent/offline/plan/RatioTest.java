package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * One amount over another: "clicks per impression", "conversions / clicks", and the ratios analysts name by initials
 * (CTR, CPC, cost per conversion). Over many rows such a ratio is total over total; said with "avg" it is the average
 * of each row's ratio; a number after "per" with a handful of values is groups, not a divisor.
 */
class RatioTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void anAmountPerAnotherIsTheRatioOfTheirTotals() {
        Plan plan = PLANNER.plan("clicks per impression by channel", TestCatalogs.campaigns());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("channel"));
        assertThat(SqlWriter.write(plan).sql()).contains("sum(\"clicks\") / nullif(sum(\"impressions\"), 0)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAverageOfARatioAveragesEachRowsRatio() {
        Plan plan = PLANNER.plan("avg clicks per impression", TestCatalogs.campaigns());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(SqlWriter.write(plan).sql()).contains("avg((\"clicks\" / nullif(\"impressions\", 0)))");
    }

    @Test
    void arithmeticInParenthesesDefinesTheWordsBeforeIt() {
        Plan plan = PLANNER.plan("conversion rate (conversions / clicks) by channel", TestCatalogs.campaigns());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(plan.measure().quotient().dividend().name()).isEqualTo("conversions");
        assertThat(plan.measure().quotient().divisor().name()).isEqualTo("clicks");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void namedRatiosAreReadAsTheirDefinitionsAndSaidSo() {
        Plan ctr = PLANNER.plan("ctr by channel", TestCatalogs.campaigns());
        assertThat(ctr.measure().quotient().dividend().name()).isEqualTo("clicks");
        assertThat(ctr.measure().quotient().divisor().name()).isEqualTo("impressions");
        assertThat(ctr.notes()).anySatisfy(n -> assertThat(n).contains("“ctr” as clicks / impressions"));
        Plan cost = PLANNER.plan("cost per conversion for each campaign", TestCatalogs.campaigns());
        assertThat(cost.measure().quotient().dividend().name()).isEqualTo("spend_usd");
        assertThat(cost.measure().quotient().divisor().name()).isEqualTo("conversions");
        Plan best = PLANNER.plan("which campaign has the best click-through rate", TestCatalogs.campaigns());
        assertThat(best.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(best.limit()).isEqualTo(1);
        assertThat(PLANNER.plan("total cost by channel", TestCatalogs.campaigns()).measure().name()).isEqualTo("spend_usd");
    }

    @Test
    void aRatioTheDataCannotComputeStaysReported() {
        // no revenue column: ROAS is not spend over spend
        Plan plan = PLANNER.plan("what was the ROAS for each campaign", TestCatalogs.campaigns());
        assertThat(plan.ignored()).contains("ROAS");
    }

    @Test
    void aNumberWithAHandfulOfValuesAfterPerIsGroups() {
        Plan perFoot = PLANNER.plan("avg price per sqft by city", TestCatalogs.listings());
        assertThat(perFoot.measure().formula()).isEqualTo("\"price\" / nullif(\"sqft\", 0)");
        assertThat(perFoot.measure().quotient()).isNull(); // a price is a level: its ratio is averaged, never totalled
        Plan bedrooms = PLANNER.plan("avg price per bedroom", TestCatalogs.listings());
        assertThat(bedrooms.measure().name()).isEqualTo("price");
        assertThat(bedrooms.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("bedrooms"));
    }

    @Test
    void anAverageOverAKeyThatRepeatsIsEachKeysTotalAveraged() {
        Plan plan = PLANNER.plan("avg spend per receipt by store", TestCatalogs.posLines());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(SqlWriter.write(plan).sql()).contains("/ nullif(count(DISTINCT \"Receipt #\"), 0)");
        assertThat(plan.ignored()).isEmpty();
        assertThat(io.insightx.orchestrator.agent.offline.answer.Interpretation.of(plan))
                .contains("by the number of distinct receipt");
    }

    @Test
    void aWordForUnitsIsTheQuantityNotHalfOfUnitPrice() {
        Plan plan = PLANNER.plan("top 5 depts by units sold", TestCatalogs.posLines());
        assertThat(plan.measure().name()).isEqualTo("Qty");
        assertThat(plan.ignored()).isEmpty();
    }
}
