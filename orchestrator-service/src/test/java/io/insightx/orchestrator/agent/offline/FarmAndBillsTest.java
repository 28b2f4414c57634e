package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Met in heldout19 (harvest tickets, household bills, car rentals, course enrolments): words the data uses for its own
 * things before their general sense ("fields" of field_id are farm fields, "bills" the rows of utility_bills, "in"
 * a preposition beside the code "IN"), units said as the figure ("tonnes" of load_weight_kg), the thing a measured
 * property belongs to ("households" of household_size, "loads" of load_weight_kg).
 */
class FarmAndBillsTest {

    @Test
    void fieldsTheDataNamesAreItsOwnNotItsColumns() {
        Plan plan = plan("# of distinct fields", TestCatalogs.harvestTickets());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("field_id");
        assertThat(plan("what columns are there?", TestCatalogs.harvestTickets()).kind()).isEqualTo(Plan.Kind.COLUMNS);
        assertThat(plan("what fields are in the data?", TestCatalogs.penguins()).kind()).isEqualTo(Plan.Kind.COLUMNS);
    }

    @Test
    void aVerbOfTheQuestionNamesNoColumnOfADatasetQuestion() {
        // "have" is no has_solar
        assertThat(plan("how many columns does this dataset have", TestCatalogs.householdBills()).kind())
                .isEqualTo(Plan.Kind.SHAPE);
    }

    @Test
    void theRowsNounIsNoColumnThatOnlySharesItsVerb() {
        Plan plan = plan("# of bills paid after the due date", TestCatalogs.householdBills());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(plan.entity()).isEqualTo("bills");
        assertThat(plan.ignored()).isEmpty();
        Plan perBill = plan("solar vs no solar: avg kwh per bill", TestCatalogs.householdBills());
        assertThat(perBill.groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("has_solar"));
    }

    @Test
    void aPrepositionIsNoCodeWrittenCarelesslyInLowerCase() {
        Plan plan = plan("how many enrolments in total", TestCatalogs.learnerEnrolments());
        assertThat(plan.filters()).isEmpty();
        Plan monthly = plan("enrolments per month in 2024", TestCatalogs.learnerEnrolments());
        assertThat(monthly.filters()).noneMatch(f -> f.column().name().equals("learner_country"));
    }

    @Test
    void aUnitSaidAsTheFigureIsItsColumnInThatUnit() {
        Plan plan = plan("tonnes harvested per month in 2022", TestCatalogs.harvestTickets());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM); // a load's weight adds up, unlike a penguin's
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"load_weight_kg\" / 1000.0))");
        Plan total = plan("total wheat harvested in 2023, in tonnes", TestCatalogs.harvestTickets());
        assertThat(total.guessed()).isFalse();
        assertThat(SqlWriter.write(total).sql()).contains("sum((\"load_weight_kg\" / 1000.0))");
        assertThat(plan("avg body mass in kg", TestCatalogs.penguins()).aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void aWordNamingADateAndABranchBeforeDateIsTheDate() {
        Plan plan = plan("revenue by month (by pickup date)", TestCatalogs.rentalContracts());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("pickup_time");
            assertThat(g.grain()).isEqualTo(Grain.MONTH_OF_ONE_YEAR);
        });
        Plan daily = plan("rentals by pickup day", TestCatalogs.rentalContracts());
        assertThat(daily.guessed()).isFalse();
        assertThat(daily.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("pickup_time");
            assertThat(g.grain()).isEqualTo(Grain.DAY);
        });
        assertThat(plan("rentals by pickup branch", TestCatalogs.rentalContracts()).groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("pickupBranch"));
        // "turbine days" are days of each turbine, not the date the turbine was commissioned
        assertThat(plan("how many turbine days", TestCatalogs.turbineReadings()).measure().name())
                .isNotEqualTo("turbine_commissioned").isNotEqualTo("reading_date");
    }

    @Test
    void theThingAPropertyIsRecordedOfIsTheKeyItIsConstantOn() {
        Plan plan = plan("which tariff plan has the most households (each household counted once)",
                TestCatalogs.householdBills());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("Account No");
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("tariff_plan"));
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("avg household size by tariff plan", TestCatalogs.householdBills()).measure().name())
                .isEqualTo("household_size");
    }

    @Test
    void loadsCountedAreTheRowsNotTheirWeight() {
        Plan plan = plan("which operator has the most loads", TestCatalogs.harvestTickets());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(plan("total load weight by operator", TestCatalogs.harvestTickets()).aggregate())
                .isEqualTo(Aggregate.SUM);
        // an amount is no property of a refund the way a weight is of a load: refunds by category are their money
        assertThat(plan("refunds by product category", TestCatalogs.productReturns()).aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void actsSaidAsTheEndsOfATimeAreTheDatesTheirVerbsName() {
        Plan plan = plan("avg # of days from enrolling to completing", TestCatalogs.learnerEnrolments());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("days from enrolledAt to completedAt");
        assertThat(SqlWriter.write(plan).sql()).contains("strptime(\"completedAt\", '%Y-%m-%dT%H:%M:%S')");
    }

    @Test
    void timesWrittenAsTextHaveTheirHourOfTheDay() {
        Plan plan = plan("what hour of day do most enrolments happen", TestCatalogs.learnerEnrolments());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
        assertThat(SqlWriter.write(plan).sql()).contains("hour(strptime(\"enrolledAt\"");
    }

    @Test
    void onlyEverBeforeTheVerbOfACountOfTimesSaysNothingMore() {
        Plan plan = plan("how many customers only ever rented once", TestCatalogs.rentalContracts());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().isInstanceOf(io.insightx.orchestrator.agent.offline.plan.Filter.GroupSize.class);
    }

    @Test
    void whatHappenedBetweenTwoReadingsIsTheLaterLessTheEarlier() {
        Plan plan = plan("total km driven", TestCatalogs.rentalContracts());
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"odometer_in_km\" - \"odometer_out_km\"))");
        assertThat(plan("avg km", TestCatalogs.rentalContracts()).guessed()).isTrue(); // no verb: still a tie
    }

    @Test
    void theFieldsOfANestedObjectAreTheColumnsNamedAfterIt() {
        Plan plan = plan("what fields does the learner object have?", TestCatalogs.learnerEnrolments());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.COLUMNS);
        assertThat(plan.entity()).isEqualTo("learner");
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly(9, "learner_");
        assertThat(plan("what columns are there?", TestCatalogs.learnerEnrolments()).entity()).isNull();
    }

    @Test
    void aLabelsParticipleKeepsTheRowsThatHaveItAndIsTheWholeOfItsValuesShare() {
        Plan graded = plan("how many graded loads", TestCatalogs.harvestTickets());
        assertThat(graded.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(SqlWriter.write(graded).sql()).contains("\"grade\" IS NOT NULL");
        Plan share = plan("what share of graded loads got grade A?", TestCatalogs.harvestTickets());
        assertThat(share.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(share.measure()).isNull(); // loads counted, not their weight
        assertThat(SqlWriter.write(share).sql()).contains("FILTER (WHERE \"grade\" = ?)").endsWith("WHERE \"grade\" IS NOT NULL");
    }
}
