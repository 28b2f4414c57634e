package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * A yes/no said not yes counts its blanks, a column beside a date of the same word, a key named by its name column,
 * a verb after "did we", a discount in percent, shorthand of a key, sums of one kind, a value named whole, weekdays
 * counted, a yes/no had, a count "in total", a unit that names things, "which single", pieces of a value sold, what
 * was billed, revenue beside another amount of money.
 */
class MarketsAndConcessionsTest {

    @Test
    void aYesNoSaidNotYesCountsItsBlanksUnlessTheRecordIsAskedFor() {
        Plan unpaid = plan("how much in fees is still unpaid for 2024", TestCatalogs.marketStalls());
        assertThat(sql(unpaid)).contains("IS DISTINCT FROM ?");
        assertThat(unpaid.notes()).anyMatch(n -> n.contains("left blank are counted as no"));
        assertThat(unpaid.ignored()).isEmpty();
        Plan notPaid = plan("total fees not paid", TestCatalogs.marketStalls());
        assertThat(sql(notPaid)).contains("IS DISTINCT FROM ?");
        Plan marked = plan("total fees marked as not paid", TestCatalogs.marketStalls());
        assertThat(sql(marked)).doesNotContain("IS DISTINCT FROM").contains("<> ?");
    }

    @Test
    void aWordThatIsAColumnsWholeNameNamesItNotTheDateItStarts() {
        Plan plan = plan("fee income per market per year", TestCatalogs.marketStalls());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("market", "Market Date");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void thingsGroupedByTheirKeyAreNamedByTheirNameColumnToo() {
        Plan plan = plan("which vendor had the highest total reported sales in 2024", TestCatalogs.marketStalls());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("vendor_id"));
        assertThat(sql(plan)).contains("mode(trim(\"Vendor Name\")) AS \"Vendor Name\"");
    }

    @Test
    void theVerbAfterDidWeIsNoWordOfAValue() {
        Plan plan = plan("how many different swimmers did we teach in 2024", TestCatalogs.swimRegister());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(sql(plan)).doesNotContain("\"Pool\"");
        assertThat(plan.ignored()).containsExactly("teach"); // said, not read as the pool "Teach Pool"
    }

    @Test
    void salesAreNetOfADiscountInPercentAndGrossBeforeIt() {
        Plan net = plan("net sales by category", TestCatalogs.cinemaConcessions());
        assertThat(sql(net)).contains("\"qty\" * \"Unit Price (USD)\" * (1 - coalesce(\"discount_pct\", 0) / 100.0)");
        assertThat(net.ignored()).isEmpty();
        Plan gross = plan("gross sales by category", TestCatalogs.cinemaConcessions());
        assertThat(sql(gross)).contains("\"qty\" * \"Unit Price (USD)\"").doesNotContain("discount_pct");
    }

    @Test
    void transactionsAreTheKeyWrittenInShorthand() {
        Plan plan = plan("how many transactions were there", TestCatalogs.cinemaConcessions());
        assertThat(sql(plan)).contains("count(DISTINCT \"TxnID\")");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void moneyAddsUpWithMoneyNeverWithMiles() {
        Plan plan = plan("which tuner billed the most (fees + travel)", TestCatalogs.pianoVisits());
        assertThat(sql(plan)).contains("\"fee_amount_gbp\" + \"fee_travel_surcharge_gbp\"")
                .doesNotContain("travel_miles");
    }

    @Test
    void aValueNamedWholeComesBeforeALongerOneNamedByAWordOfIt() {
        Plan plan = plan("sunny vs cloudy days count", TestCatalogs.marketStalls());
        assertThat(sql(plan)).doesNotContain("Vendor Name");
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Weather"));
    }

    @Test
    void weekdaysAskedHowManyAreDaysCountedOnce() {
        Plan plan = plan("how many saturdays were sunny vs cloudy vs rainy", TestCatalogs.marketStalls());
        assertThat(sql(plan)).contains("count(DISTINCT CAST(\"Market Date\" AS DATE))").contains("GROUP BY");
    }

    @Test
    void aYesNoHadIsItsYesNotAValueFilledIn() {
        Plan plan = plan("fraction of rentals with electricity", TestCatalogs.marketStalls());
        assertThat(sql(plan)).doesNotContain("IS NOT NULL) / count(*)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aCountInTotalIsNoTotalOfAnotherFigure() {
        Plan plan = plan("vendors with fewer than 30 rentals in total", TestCatalogs.marketStalls());
        assertThat(plan.measure()).isNull();
        assertThat(sql(plan)).contains("HAVING count(*) < ?").doesNotContain("sum(");
    }

    @Test
    void aUnitThatIsANounOfThingsNamesItsColumn() {
        Plan plan = plan("total seats across all our screens", TestCatalogs.cinemaConcessions());
        assertThat(plan.measure().name()).isEqualTo("Screen Capacity (seats)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void whichSingleThingIsWhichThing() {
        Plan plan = plan("which single item sells the most units", TestCatalogs.cinemaConcessions());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("itemName"));
        assertThat(sql(plan)).contains("sum(\"qty\")");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aValueCountedAsSoldIsItsPiecesInTheQuantity() {
        Plan plan = plan("how many popcorns did we sell", TestCatalogs.cinemaConcessions());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(sql(plan)).contains("sum(\"qty\")");
        Plan lines = plan("how many popcorn lines are there", TestCatalogs.cinemaConcessions());
        assertThat(sql(lines)).doesNotContain("sum(");
        // the rows' own noun is no verb of selling: orders are counted
        Plan orders = plan("how many technology orders were not returned", TestCatalogs.sales());
        assertThat(orders.aggregate()).isIn(Aggregate.COUNT, Aggregate.COUNT_DISTINCT);
    }

    @Test
    void whatWasBilledIsTheDatasMoney() {
        Plan plan = plan("total billed for lessons in 2024", TestCatalogs.swimRegister());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(sql(plan)).contains("sum((\"Price (USD)\"))");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void rowsCountedByWeekdayAreRowsNotDays() {
        Plan plan = plan("how many lessons fall on each day of the week", TestCatalogs.swimRegister());
        assertThat(sql(plan)).doesNotContain("count(DISTINCT");
    }

    @Test
    void revenueBesideAnotherAmountOfMoneyIsAReadingTaken() {
        Plan plan = plan("top 3 towns by revenue", TestCatalogs.pianoVisits());
        assertThat(plan.guessed()).isTrue();
        assertThat(plan.notes()).anyMatch(n -> n.contains("fee_travel_surcharge_gbp also holds money"));
    }
}
