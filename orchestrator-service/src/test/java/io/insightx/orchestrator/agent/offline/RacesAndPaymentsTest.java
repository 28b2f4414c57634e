package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Met in heldout20 (marathon results, card payments, crowdfunding campaigns, wind-turbine readings): times taken that
 * exports write as clock readings, the one amount paid among several, values that are units, rates of a value said
 * by its noun, rows set aside by "leave out" and "dont count", and events that no panel of time gathers.
 */
class RacesAndPaymentsTest {

    @Test
    void aClockReadingOfATimeTakenIsADurationInSeconds() {
        Plan plan = plan("avg finish time in minutes for women at lakeshore 2024", TestCatalogs.raceResults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(sql(plan)).contains("(epoch(\"chip_time\")) / 60.0").doesNotContain("wave_start_offset_min");
        Plan fastest = plan("fastest womens marathon time in the whole dataset, in minutes", TestCatalogs.raceResults());
        assertThat(fastest.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(fastest.ignored()).isEmpty();
    }

    @Test
    void aTimeOfSomethingTheDataDoesNotHoldIsNotItsOnlyDuration() {
        // "listening time" names nothing here: no track's chip time stands in for it
        Plan plan = plan("total listening time in hours", TestCatalogs.raceResults());
        assertThat(plan.measure() == null || !plan.measure().name().contains("chip_time")).isTrue();
    }

    @Test
    void aWordThatNamesAColumnsThingsIsNoPieceOfOneValue() {
        Plan plan = plan("avg pace (min/km) of the elite runners who finished", TestCatalogs.raceResults());
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("club"));
    }

    @Test
    void theValueBeforeAShareWordIsItsPart() {
        Plan plan = plan("dnf % at capital city marathon 2023", TestCatalogs.raceResults());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.measure()).isNull();
        String sql = sql(plan);
        assertThat(sql.substring(0, sql.indexOf(" / "))).contains("\"status\"");
    }

    @Test
    void rowsWithoutTheColumnSetAsideAreAFilterNotAQuestionAboutMissingValues() {
        Plan plan = plan("number of distinct runners per club (skip the ones with no club)", TestCatalogs.raceResults());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f).isInstanceOf(Filter.Recorded.class));
    }

    @Test
    void doersOfAValueAreItsRows() {
        Plan plan = plan("finishers per race in 2024", TestCatalogs.raceResults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("status"));
    }

    @Test
    void theAmountInOneCurrencyIsTheSpendAndItsUnitNoFilter() {
        Plan plan = plan("total spend in usd excluding declined", TestCatalogs.cardPayments());
        assertThat(plan.measure().name()).isEqualTo("amount_usd");
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("currency"));
        Plan txns = plan("how many usd txns", TestCatalogs.cardPayments());
        assertThat(txns.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("currency"));
    }

    @Test
    void netOfRefundsTakesTheRefundOff() {
        Plan plan = plan("net spend after refunds, usd, approved only", TestCatalogs.cardPayments());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).noneMatch(f -> f.column().name().startsWith("refund"));
        assertThat(sql(plan)).contains("\"amount_usd\" - coalesce(\"refund_amount_usd\", 0)");
    }

    @Test
    void eventsEachAtTheirOwnMomentAreNoSeriesPerCustomer() {
        Plan plan = plan("how many transactions", TestCatalogs.cardPayments());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
    }

    @Test
    void aWordOfANumericColumnIsNoPieceOfAValue() {
        Plan plan = plan("how many customers have a card limit of 10k or more", TestCatalogs.cardPayments());
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("decline_reason"));
        assertThat(sql(plan)).contains("\"Card Limit USD\" >= ?");
    }

    @Test
    void aRateOfAValueNamedByItsNounAndRowsLeftOut() {
        Plan plan = plan("overall success rate in %, leave out live + canceled", TestCatalogs.crowdfunding());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(plan).params()).containsExactly("successful", "successful", "live", "canceled");
        Plan byCountry = plan("country with the best success rate? dont count live/canceled", TestCatalogs.crowdfunding());
        assertThat(byCountry.ignored()).isEmpty();
        assertThat(sql(byCountry)).contains("NOT IN (?, ?) AND");
    }

    @Test
    void aSuccessRateAmongTheValuesNamedIsOfThemByEachGroup() {
        Plan plan = plan("success rate % by category (successful vs failed only)", TestCatalogs.crowdfunding());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("category"));
        assertThat(SqlWriter.write(plan).params()).containsExactly("successful", "successful", "successful", "failed");
    }

    @Test
    void aCustomersFirstAndLastAreNoEndsOfTheData() {
        Plan plan = plan("avg number of days between a customers first and last transaction", TestCatalogs.cardPayments());
        assertThat(plan.kind()).isNotEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(plan.understood()).isFalse();
    }

    @Test
    void minAfterInIsTheUnitNotTheMinimum() {
        Plan plan = plan("avg chip time in min", TestCatalogs.raceResults());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(sql(plan)).contains("(epoch(\"chip_time\")) / 60.0");
    }

    @Test
    void lettersTheDataCodesStartWithAreNoInitialsOfItsRows() {
        Plan plan = plan("avg daily output of wt-07 kwh", TestCatalogs.turbineReadings());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("turbine_turbine_id"));
    }

    @Test
    void whoAsksForThePersonWithTheMostNotTheLargestRow() {
        Plan plan = plan("who logged the most km overall", TestCatalogs.athleteWorkouts());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("athlete_id"));
        assertThat(sql(plan)).contains("mode(trim(\"athlete_name\"))");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM); // distances add up
        assertThat(plan.limit()).isEqualTo(1);
    }

    @Test
    void aLevelAcrossTheThingsItIsRepeatedOnIsTakenOncePerThing() {
        Plan plan = plan("avg credit limit across credit card customers", TestCatalogs.cardPayments());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("PARTITION BY \"customerId\"");
    }

    @Test
    void aRatioInPctIsThePercentOfTotalsNotAShareOfTheRatio() {
        Plan plan = plan("overall click rate in pct (clicks / impressions), skip days with no clicks", TestCatalogs.campaigns());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(sql(plan)).contains("100.0 * sum(").doesNotContain("FILTER");
        // the days skipped are those with no clicks: the days kept have some
        assertThat(sql(plan)).endsWith("WHERE \"clicks\" > ?");
        assertThat(plan.ignored()).isEmpty();
    }
}
