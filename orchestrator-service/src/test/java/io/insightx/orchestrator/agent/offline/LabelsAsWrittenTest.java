package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.link.ShortForms;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Labels as exports write them: numbers that are names ("route 12"), values of several words ("in person"), words cut
 * short ("N. Depot"), flags with empty strings, month ranges with a dash, plural nouns that are also proper names, and
 * counts of things named in the plural.
 */
class LabelsAsWrittenTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static Plan plan(String question, io.insightx.orchestrator.agent.offline.link.Catalog catalog) {
        return PLANNER.plan(question, catalog);
    }

    @Test
    void aNumberRightAfterItsColumnsWordIsItsLabel() {
        Plan route = plan("avg departure delay on route 12", TestCatalogs.busTrips());
        assertThat(route.ignored()).isEmpty();
        assertThat(route.filters()).anyMatch(f -> f instanceof Filter.Values v && v.column().name().equals("Route")
                && v.values().equals(java.util.List.of("12")));
        Plan shortened = plan("trips on rt 40", TestCatalogs.busTrips());
        assertThat(shortened.ignored()).isEmpty();
        // a number said alone is a count or a threshold, never a route
        Plan threshold = plan("trips with more than 12 boardings", TestCatalogs.busTrips());
        assertThat(threshold.filters()).noneMatch(f -> f.column() != null && f.column().name().equals("Route"));
    }

    @Test
    void aValueOfSeveralWordsIsNotTheRowsPeople() {
        Plan compared = plan("how many sessions were in person", TestCatalogs.tutoringSessions());
        assertThat(SqlWriter.write(compared).params()).containsExactly("inperson");
        assertThat(compared.entity()).isNotEqualTo("person");
    }

    @Test
    void aPluralThatIsAlsoAPersonsNameIsStillThePlural() {
        // WordNet's "Sessions" is the composer Roger Sessions: "online sessions" are sessions, not students
        Plan plan = plan("how many online sessions in 2024", TestCatalogs.tutoringSessions());
        assertThat(plan.measure().name()).isEqualTo("session_id");
    }

    @Test
    void aConditionNotReadBesideAMissingValueIsReported() {
        Plan plan = plan("# of completed sessions with no pre quiz score", TestCatalogs.tutoringSessions());
        assertThat(plan.ignored()).contains("completed");
        assertThat(plan("how many sessions have no pre quiz score recorded yet", TestCatalogs.tutoringSessions())
                .ignored()).isEmpty();
    }

    @Test
    void emptyStringsOfAFlagAreUnknownNeitherYesNorNo() {
        Plan plan = plan("pct of sessions paid", TestCatalogs.tutoringSessions());
        assertThat(SqlWriter.write(plan).sql()).contains("nullif(lower(trim(\"Paid\")), '') IN ('yes'");
        assertThat(plan.notes()).anyMatch(n -> n.contains("empty ones are unknown"));
    }

    @Test
    void twoMonthsJoinedByADashAreARange() {
        var sql = SqlWriter.write(plan("sessions per month for jan-jun 2025", TestCatalogs.tutoringSessions()));
        assertThat(sql.params()).containsExactly("2025-01-01", "2025-07-01");
    }

    @Test
    void aCountOfThingsNamedInThePluralIsAddedNeverItsValuesCounted() {
        Plan perBranch = plan("how many rooms does each branch have", TestCatalogs.tutoringSessions());
        assertThat(perBranch.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(perBranch.measure().name()).isEqualTo("branch_rooms");
    }

    @Test
    void aWordCutToItsInitialInsideAValueIsThatValue() {
        var depot = TestCatalogs.busTrips().column("depot").orElseThrow();
        assertThat(ValueForms.of(depot)).containsEntry("N. Depot", "North Depot");
        var branch = TestCatalogs.oneCategory("location", "North Branch", "N. Branch", "east side", "E. Side",
                "South Side", "Sea Side", "S. Side").column("location").orElseThrow();
        assertThat(ValueForms.of(branch)).containsEntry("N. Branch", "North Branch")
                .containsEntry("E. Side", "east side")
                .doesNotContainKey("S. Side"); // South Side or Sea Side: neither
    }

    @Test
    void aCategoryInAnotherWordOrderIsThatCategoryButARouteIsNot() {
        var alteration = TestCatalogs.oneCategory("alteration", "Sleeve shorten", "shorten sleeves", "zipper",
                "zip replacement", "Port Ellis - Marrow Isle", "Marrow Isle - Port Ellis").column("alteration")
                .orElseThrow();
        assertThat(ValueForms.of(alteration)).containsEntry("shorten sleeves", "Sleeve shorten")
                .doesNotContainKey("Marrow Isle - Port Ellis").doesNotContainKey("zipper");
        assertThat(ShortForms.in(alteration, (a, b) -> false, w -> false)).hasValueSatisfying(p ->
                assertThat(p.shortForm()).isEqualTo("zipper")); // perhaps one, said, never merged
    }

    @Test
    void aCategoryWrittenAsItsFirstLetterIsThatCategoryWhenNoOtherStartsSo() {
        var size = TestCatalogs.oneCategory("kennel_size", "Small", "S", "SM", "Medium", "M", "Large", "L", "LG")
                .column("kennel_size").orElseThrow();
        assertThat(ValueForms.of(size)).containsEntry("S", "Small").containsEntry("M", "Medium")
                .containsEntry("L", "Large").containsEntry("LG", "Large");
        var plan = TestCatalogs.oneCategory("plan", "Standard", "Silver", "S", "Gold").column("plan").orElseThrow();
        assertThat(ValueForms.of(plan)).doesNotContainKey("S"); // Standard or Silver: neither
    }

    @Test
    void anAmountsVerbSaidOfTheRowsKeepsTheRowsThatHaveSome() {
        Plan plan = plan("what share of billed sessions are marked as not paid", TestCatalogs.tutoringSessions());
        assertThat(plan.measure()).isNull(); // a share of sessions, not of the money billed
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Compare c && c.column().name().equals("billed_amount")
                && c.op().equals(">"));
    }

    @Test
    void aWordThatNamesAColumnIsThatColumnNotAValueWithoutIt() {
        // "No driver" is a delay reason; "the driver" is driver_id, ranked
        Plan plan = plan("driver with the most trips in 2024?", TestCatalogs.busTrips());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("driver_id"));
        assertThat(plan.filters()).noneMatch(f -> f.column() != null && f.column().name().equals("delay_reason"));
    }

    @Test
    void anAmericanSpellingOfOneLIsTheWordOfTwo() {
        Plan plan = plan("cancelation rate per depot", TestCatalogs.busTrips());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
    }
}
