package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * A yes/no left blank is no yes when rows are set aside by it, lessons that went ahead are those not cancelled, a
 * rate of one outcome is of the rows that have one, things listed by how many rows they have, a year named "Season",
 * a time written two ways, and values said to be included kept with the rest.
 */
class LessonsAndGardensTest {

    @Test
    void rowsSetAsideByAYesOrNoKeepThoseLeftBlank() {
        Plan plan = plan("lesson fee revenue for 2024, excluding cancelled lessons", TestCatalogs.drivingLessons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("IS DISTINCT FROM ?");
    }

    @Test
    void lessonsThatWentAheadAreThoseNotCancelled() {
        Plan plan = plan("completed lessons by lesson type", TestCatalogs.drivingLessons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Values v && v.negated()
                && v.column().name().equals("cancelled"));
    }

    @Test
    void aValueThatDoesWhatItsColumnNamesReadsItsVerb() {
        Plan plan = plan("how many hours did ingrid teach in 2025", TestCatalogs.drivingLessons());
        assertThat(plan.ignored()).isEmpty(); // an instructor is a teacher, who teaches
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void kilometresDrivenAddUp() {
        Plan plan = plan("km driven per car", TestCatalogs.drivingLessons());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void aRateOfOneOutcomeIsOfTheRowsThatHaveOne() {
        Plan plan = plan("mock test pass rate overall, in percent", TestCatalogs.drivingLessons());
        assertThat(SqlWriter.write(plan).sql()).contains("IS NOT NULL");
    }

    @Test
    void thingsListedByHowManyRowsTheyHaveComeWithTheirCounts() {
        Plan plan = plan("list customers with 8 or more tickets and how many each", TestCatalogs.tailorTickets());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("customer_id"));
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        Plan count = plan("how many alteration tickets are there", TestCatalogs.tailorTickets());
        assertThat(count.aggregate()).isEqualTo(Aggregate.COUNT); // tickets of any alteration, not the alterations
    }

    @Test
    void aSeasonOfYearsIsTheRowsTimeBeforeTheDateTheirMemberJoined() {
        Plan plan = plan("active rentals by section for 2025", TestCatalogs.gardenRentals());
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.During)
                .noneMatch(f -> f.column().name().equals("member_joined")); // when the member joined is no rental's time
    }

    @Test
    void aTimeWrittenTwoWaysIsReadBothWaysAndAValueSaidIncludedIsNoFilter() {
        Plan plan = plan("signups per month for 2025 (all records incl waitlist)", TestCatalogs.gardenRentals());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("status"));
        assertThat(SqlWriter.write(plan).sql()).contains("strptime(\"signupTimestamp\", [");
    }

    @Test
    void aMixPerThingIsEachValuesShareOfThatThingsRows() {
        Plan plan = plan("lesson type mix per instructor", TestCatalogs.drivingLessons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("lesson_type", "Instructor");
        assertThat(SqlWriter.write(plan).sql()).contains("OVER (PARTITION BY");
    }

    @Test
    void hoursOfTheDayAreOfTheColumnOfTimesWhenTheDateHasNone() {
        Plan plan = plan("cancelation rate pct for lessons that start before 9am", TestCatalogs.drivingLessons());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("hour(\"start_time\")");
    }

    @Test
    void yearsSaidOfTheRowsNounAreOneSetAndPeopleAreCountedByTheirKey() {
        Plan plan = plan("pct of active 2023 and 2024 rentals that got their deposit returned", TestCatalogs.gardenRentals());
        assertThat(plan.groups()).isEmpty(); // one share of both years' rentals, no year beside another
        Plan people = plan("how many people were on the waitlist for the 2025 season", TestCatalogs.gardenRentals());
        assertThat(people.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(people.measure().name()).isEqualTo("member_member_id");
    }

    @Test
    void aVerbOfMoneyOrOfAnAmountRunUpSaysOnlyWhatTheFigureIs() {
        assertThat(plan("which student has paid us the most in fees", TestCatalogs.drivingLessons()).ignored()).isEmpty();
        Plan km = plan("which car has clocked the most km", TestCatalogs.drivingLessons());
        assertThat(km.ignored()).isEmpty();
        assertThat(km.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void aTypeOfSomethingNamesThatSomething() {
        Plan plan = plan("which type of alteration has the highest avg price", TestCatalogs.tailorTickets());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("alteration"));
    }

    @Test
    void aSectionWrittenAsItsInitialIsThatSection() {
        var section = TestCatalogs.gardenRentals().column("plot_section").orElseThrow();
        assertThat(io.insightx.orchestrator.agent.offline.link.ValueForms.of(section)).containsEntry("S", "SOUTH ")
                .containsEntry("W", "West");
    }
}
