package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What analysts write for what the data holds another way: "thru" for through, the turnaround from ordered to
 * resulted, a month of rides never of a rider's birth year, revenue as the one price a row carries, "free" as a price
 * of zero, "dont have an industry filled in" as a blank label, "used" as no currency code, and "bikes" as the bikes
 * themselves, never their types; the value before "rate" is the rate's part, every other condition its whole; "6+"
 * is 6 or more; the slowest time taken is the longest, the fastest the shortest; "riders" name no birth year's event.
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

    @Test
    void bikesAreTheBikesNotTheirTypes() {
        Plan plan = PLANNER.plan("how many unique bikes were used", TestCatalogs.bikeRides());
        assertThat(plan.measure().name()).isEqualTo("bike_id");
        assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("also match"));
        Plan types = PLANNER.plan("rides by bike type", TestCatalogs.bikeRides());
        assertThat(types.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("bike_type"));
    }

    @Test
    void theValueBeforeRateIsItsPartADepositItsWhole() {
        var sql = SqlWriter.write(PLANNER.plan("no-show rate on reservations that had a deposit", TestCatalogs.reservations()));
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE replace(regexp_replace(regexp_replace(lower(\"status\")")
                .endsWith("WHERE \"deposit_usd\" > ?");
    }

    @Test
    void sixPlusIsSixOrMore() {
        var sql = SqlWriter.write(PLANNER.plan("what share of seated parties were 6+ ppl", TestCatalogs.reservations()));
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE \"party_size\" >= ?)");
        assertThat(sql.params()).contains(6.0);
    }

    @Test
    void theSlowestTurnaroundIsTheLongest() {
        var slowest = SqlWriter.write(PLANNER.plan("which physician has the slowest avg turnaround", TestCatalogs.labResults()));
        assertThat(slowest.sql()).contains("QUALIFY rank() OVER (ORDER BY \"avg_hours_from_ordered_at_to_resulted_at\" DESC");
        var fastest = SqlWriter.write(PLANNER.plan("which physician has the fastest avg turnaround", TestCatalogs.labResults()));
        assertThat(fastest.sql()).contains("QUALIFY rank() OVER (ORDER BY \"avg_hours_from_ordered_at_to_resulted_at\" ASC");
    }

    @Test
    void ridersNameNoEventOfTheirBirthYear() {
        Plan plan = PLANNER.plan("pct of weekend rides that were by casual riders", TestCatalogs.bikeRides());
        assertThat(SqlWriter.write(plan).sql()).doesNotContain("rider_birth_year");
    }
}
