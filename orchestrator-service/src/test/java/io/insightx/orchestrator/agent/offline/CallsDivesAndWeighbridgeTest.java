package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * A number with a word or its start before it is one value however written; a code said in lower case is that code;
 * a verb said of the thing asked about is what it did in its rows; a share's whole is what follows "as a % of"; a year
 * after the data asked in the future tense is a forecast; things whose key repeats are counted by it; entry and exit
 * on the clock are moments; "net" of a gross beside a maximum gross; a yes/no is named by its state.
 */
class CallsDivesAndWeighbridgeTest {

    @Test
    void aNumberOfOneThingIsOneValueHoweverWritten() {
        DataColumn unit = TestCatalogs.ambulanceCalls().column("Unit_Callsign").orElseThrow();
        assertThat(ValueForms.of(unit)).containsEntry("M2", "Medic 2").containsEntry("Medic 02", "Medic 2")
                .containsEntry("Medic 07", "Medic 7").doesNotContainKey("Engine 2").doesNotContainKey("Medic 2");
        DataColumn priority = TestCatalogs.ambulanceCalls().column("Priority").orElseThrow();
        assertThat(ValueForms.of(priority)).containsEntry("Priority 2", "P2").containsEntry("PRI-1", "P1")
                .containsEntry("1", "P1").containsEntry("2", "P2");
        DataColumn product = TestCatalogs.weighbridgeTickets().column("Product").orElseThrow();
        assertThat(ValueForms.of(product)).containsEntry("type 1", "Type 1 Sub-base")
                .containsEntry("Type1", "Type 1 Sub-base");
    }

    @Test
    void aCodeSaidInLowerCaseIsThatCode() {
        Plan plan = plan("avg miles for p1 calls", TestCatalogs.ambulanceCalls());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.words()).contains("P1"));
    }

    @Test
    void aVerbSaidOfTheThingAskedAboutIsWhatItDidInItsRows() {
        Plan ran = plan("which unit ran teh most calls in 2025", TestCatalogs.ambulanceCalls());
        assertThat(ran.ignored()).isEmpty();
        assertThat(ran.groups()).extracting(g -> g.column().name()).containsExactly("Unit_Callsign");
        Plan drove = plan("total miles medic 7 drove in 2024", TestCatalogs.ambulanceCalls());
        assertThat(drove.ignored()).isEmpty();
        assertThat(drove.aggregate()).isEqualTo(Aggregate.SUM);
        // a unit that "missed" calls did something the rows may not say: left to be reported
        Plan missed = plan("which unit missed the most calls", TestCatalogs.ambulanceCalls());
        assertThat(missed.ignored()).contains("missed");
    }

    @Test
    void thePatientsOfARowAreTheRows() {
        Plan plan = plan("which hospital took the most of our patients in 2024", TestCatalogs.ambulanceCalls());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(plan("avg patient age", TestCatalogs.ambulanceCalls()).measure().name()).isEqualTo("Patient_Age");
    }

    @Test
    void theWholeOfAShareIsWhatFollowsAsAShareOf() {
        Plan asAShare = plan("saturdays as a % of all tickets in 2024", TestCatalogs.weighbridgeTickets());
        Plan ofTheYear = plan("what % of tickets in 2024 were on saturdays", TestCatalogs.weighbridgeTickets());
        for (Plan plan : new Plan[] {asAShare, ofTheYear}) {
            assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
            // 2024 bounds the whole; the Saturdays are the part
            String sql = SqlWriter.write(plan).sql();
            assertThat(sql).contains("FILTER (WHERE isodow(\"Ticket Date\") = ?)");
            assertThat(sql).contains("WHERE \"Ticket Date\" >= CAST(? AS DATE)");
        }
    }

    @Test
    void aYearAfterTheDataAskedInTheFutureTenseIsAForecast() {
        Plan plan = plan("how many calls will we get in 2026", TestCatalogs.ambulanceCalls());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(plan("how many calls did we get in 2024", TestCatalogs.ambulanceCalls()).kind())
                .isNotEqualTo(Plan.Kind.REFUSE);
    }

    @Test
    void thingsWhoseKeyRepeatsAreCountedByIt() {
        Plan trips = plan("trips per guide in 2025", TestCatalogs.diveLog());
        assertThat(trips.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(trips.measure().name()).isEqualTo("tripId");
        Plan calls = plan("calls per priority", TestCatalogs.ambulanceCalls());
        assertThat(calls.aggregate()).isEqualTo(Aggregate.COUNT); // each row is a call received
        assertThat(calls.ignored()).isEmpty();
    }

    @Test
    void entryAndExitOnTheClockAreMomentsAndADiveIsTheTimeBetween() {
        Plan plan = plan("avg dive time at the blue hole, mins", TestCatalogs.diveLog());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().sql()).contains("entryTime").contains("exitTime");
        DataColumn site = TestCatalogs.diveLog().column("siteName").orElseThrow();
        assertThat(ValueForms.of(site)).containsEntry("Wreck of the Maria", "Maria Wreck");
    }

    @Test
    void netIsTheGrossLessTheTareBesideAMaximumGross() {
        Plan plan = plan("avg net load per ticket for type 1", TestCatalogs.weighbridgeTickets());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().sql()).contains("\"Gross (t)\" - \"Tare (t)\"");
        // a price per tonne is no mass: "tonnes" names none of it
        assertThat(plan("total tonnes sold in 2024", TestCatalogs.weighbridgeTickets()).measure()).isNull();
    }

    @Test
    void aYesOrNoIsNamedByItsStateNotByWhatItIsSaidOf() {
        Plan perLoad = plan("avg gross per load by site", TestCatalogs.weighbridgeTickets());
        assertThat(perLoad.ignored()).isEmpty();
        assertThat(perLoad.groups()).extracting(g -> g.column().name()).containsExactly("Site");
        Plan sheeted = plan("how many loads were sheeted", TestCatalogs.weighbridgeTickets());
        assertThat(sheeted.ignored()).isEmpty();
        assertThat(sheeted.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("Load Sheeted?"));
    }

    @Test
    void aNameWithOneWordInAnotherFormIsNamedByTheMoreWritten() {
        DataColumn driver = TestCatalogs.weighbridgeTickets().column("Driver").orElseThrow();
        assertThat(ValueForms.of(driver)).containsEntry("Marky Rowe", "Mark Rowe")
                .containsEntry("M. Rowe", "Mark Rowe");
    }

    @Test
    void aGroupLeftBlankIsNoGroup() {
        Plan plan = plan("calls per hospital", TestCatalogs.ambulanceCalls());
        assertThat(SqlWriter.write(plan).sql()).contains("<> ''");
    }
}
