package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What analysts write for what the data holds another way: "thru" for through, the turnaround from ordered to
 * resulted, a month of rides never of a rider's birth year, revenue as the one price a row carries, "free" as a price
 * of zero, "dont have an industry filled in" as a blank label, and "used" as no currency code.
 */
class SaidOtherwiseTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void thruIsThrough() {
        var sql = SqlWriter.write(PLANNER.plan("for reservation dates 2024-03-01 thru 2024-03-15, how many reservations",
                TestCatalogs.reservations()));
        assertThat(sql.sql()).contains("\"reservation_date\" >= CAST(? AS DATE)");
        assertThat(sql.params()).contains("2024-03-01", "2024-03-16");
    }

    @Test
    void theTurnaroundRunsFromOrderedToResulted() {
        Plan plan = PLANNER.plan("avg turnaround time in hours, stat vs routine", TestCatalogs.labResults());
        assertThat(plan.measure().name()).isEqualTo("hours from ordered_at to resulted_at");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aMonthIsOfTheRidesDateNotOfABirthYear() {
        Plan plan = PLANNER.plan("total km by casual riders in june", TestCatalogs.bikeRides());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("month(\"start_time\") = ?");
    }

    @Test
    void revenueIsTheOnePriceOfARowAddedUp() {
        Plan plan = PLANNER.plan("revenue by bike type", TestCatalogs.bikeRides());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"price_usd\"))");
    }

    @Test
    void freeIsAPriceOfZero() {
        Plan plan = PLANNER.plan("what share of member rides were free", TestCatalogs.bikeRides());
        assertThat(plan.ignored()).isEmpty();
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE \"price_usd\" = ?)").contains("WHERE \"rider_member_type\" = ?");
    }

    @Test
    void aLabelNotFilledInIsBlank() {
        Plan plan = PLANNER.plan("how many accounts dont have a plan filled in", TestCatalogs.saasAccountsWithBlanks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("(\"plan\" IS NULL OR trim(CAST(\"plan\" AS VARCHAR)) = '')");
    }

    @Test
    void usedIsNoCurrencyCode() {
        Plan plan = PLANNER.plan("how many rides were used", TestCatalogs.bikeRides());
        assertThat(plan.measure() == null || !plan.measure().name().equals("price_usd")).isTrue();
    }
}
