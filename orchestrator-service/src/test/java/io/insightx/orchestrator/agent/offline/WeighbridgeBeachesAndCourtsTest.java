package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.link.ColumnRole;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * A net amount is the gross less the other amount of its unit; the verb a row's clock time or noun is named by says
 * what each row records, not a figure; rows per a unit are not the unit's average; the events a date names are the
 * rows; a case's filing is not when it was heard; a yes/no's sides are named without the column's own word; a count of
 * names written several ways is a reading; "which single day", "more then" and "how many diff" are read.
 */
class WeighbridgeBeachesAndCourtsTest {

    @Test
    void aNetAmountIsTheGrossLessTheOtherAmountOfItsUnit() {
        Plan plan = plan("total net kg of copper we bought in 2024?", TestCatalogs.weighbridge());
        assertThat(plan.ignored()).isEmpty(); // "bought" is what each purchase was
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().sql()).contains("\"Gross (kg)\" - \"Tare (kg)\"");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Computed Gross (kg) − Tare (kg) for each row"));
        assertThat(plan("median net weight at riverside", TestCatalogs.weighbridge()).measure().sql())
                .contains("\"Gross (kg)\" - \"Tare (kg)\"");
    }

    @Test
    void theVerbOfAClockTimeSaidOfTheRowsIsTheirActNotAFigure() {
        Plan most = plan("which lifeguard logged the most incidents in 2024", TestCatalogs.lifeguardIncidents());
        assertThat(most.ignored()).isEmpty();
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(most.groups()).extracting(g -> g.column().name()).containsExactly("guard_name");
        Plan distinct = plan("how many different lifeguards logged incidents in 2025",
                TestCatalogs.lifeguardIncidents());
        assertThat(distinct.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(distinct.measure().name()).isEqualTo("guard_name");
    }

    @Test
    void aClockTimeNamedByWhatWasDoneIsAMomentNotALength() {
        assertThat(TestCatalogs.lifeguardIncidents().column("time_logged").orElseThrow().role())
                .isEqualTo(ColumnRole.TIME);
        Plan plan = plan("avg mins to clear by beach", TestCatalogs.lifeguardIncidents());
        assertThat(plan.measure().name()).isEqualTo("minutes from time_logged to Time Cleared");
    }

    @Test
    void rowsPerAUnitAreNeverTheUnitsAverage() {
        Plan plan = plan("incidents per km by beach", TestCatalogs.lifeguardIncidents());
        assertThat(plan.measure()).isNull();
        assertThat(plan.ignored()).contains("km");
    }

    @Test
    void theEventsADateNamesAreTheRowsCounted() {
        Plan plan = plan("3 wards with the most reports overall - avg repair cost in each", TestCatalogs.potholes());
        assertThat(plan.groups()).extracting(Group::column).extracting(c -> c.name()).containsExactly("ward");
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.TopGroups);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void aCaseFiledIsNotWhenItWasHeard() {
        assertThat(TestCatalogs.hearings().time().orElseThrow().name()).isEqualTo("session_start");
    }

    @Test
    void aYesNosSidesAreNamedWithoutTheColumnsOwnWord() {
        Plan plan = plan("total repair spend by road class, permanent vs temporary fixes", TestCatalogs.potholes());
        Group.Sides sides = plan.groups().stream().map(Group::sides).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow();
        assertThat(sides.yes()).isEqualTo("permanent");
        assertThat(sides.no()).isEqualTo("temporary");
    }

    @Test
    void aCountOfNamesWrittenSeveralWaysIsAReadingTaken() {
        Plan plan = plan("how many different crew leads did repairs in 2025?", TestCatalogs.potholes());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.guessed()).isTrue();
    }

    @Test
    void whichSingleDayIsWhichDay() {
        Plan plan = plan("which single day had the most incidents", TestCatalogs.lifeguardIncidents());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isNotNull());
    }

    @Test
    void moreThenAndHowManyDiffAreTypedAsTheySound() {
        Plan more = plan("how many yards have more then 50 tickets", TestCatalogs.weighbridge());
        assertThat(more.ignored()).isEmpty();
        Plan diff = plan("how many diff materials", TestCatalogs.weighbridge());
        assertThat(diff.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(diff.ignored()).isEmpty();
    }
}
