package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Readings that must not pass for facts: a condition said beside a missing value is applied or reported, a value's
 * other form is counted with it, a price taken as a unit price is said to be a reading, and a change of the rows
 * named in the plural counts them.
 */
class HonestReadingsTest {

    @Test
    void aConditionBesideAMissingValueIsAppliedNeverDropped() {
        Plan plan = plan("how many 2023 visits have no wait time", TestCatalogs.clinic());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.During)
                .anyMatch(f -> f instanceof Filter.Lacking l && l.column().name().equals("Wait Time (min)"));
        assertThat(plan.ignored()).isEmpty();
        Plan all = plan("how many visits have no wait time", TestCatalogs.clinic());
        assertThat(all.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(all.ignored()).isEmpty();
    }

    @Test
    void aValueIsCountedWithItsOtherFormOfTheSameWord() {
        Plan plan = plan("adoptions by adopter city", TestCatalogs.shelterIntakes());
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).values())
                .containsExactlyInAnyOrder("Adoption", "Adopted"));
        Plan other = plan("transfers out by adopter city", TestCatalogs.shelterIntakes());
        assertThat(other.filters()).noneMatch(f -> f instanceof Filter.Values v && v.values().contains("Adopted"));
    }

    @Test
    void aPriceTakenAsTheUnitPriceIsAReadingTakenNotAFact() {
        Plan assumed = plan("total revenue by product", TestCatalogs.printJobs("price"));
        assertThat(assumed.measure().formula()).contains("*");
        assertThat(assumed.guessed()).isTrue();
        assertThat(assumed.notes()).anyMatch(n -> n.contains("taking the price as that of one unit"));
        Plan named = plan("total revenue by product", TestCatalogs.printJobs("unit_price"));
        assertThat(named.guessed()).isFalse();
    }

    @Test
    void aChangeOfTheRowsNamedInThePluralCountsThem() {
        Plan plan = plan("pct change in visits 2023 vs 2024", TestCatalogs.dentalVisits());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.aggregate()).isIn(Aggregate.COUNT, Aggregate.COUNT_DISTINCT);
        assertThat(plan.notes()).noneMatch(n -> n.contains("only measure"));
        Plan volume = plan("pct change in visit volume 2023 vs 2024", TestCatalogs.dentalVisits());
        assertThat(volume.aggregate()).isIn(Aggregate.COUNT, Aggregate.COUNT_DISTINCT);
        assertThat(volume.ignored()).isEmpty();
    }

    @Test
    void theRowsOwnNounNamesTheRowsNotADateOrALabelNamedAfterThem() {
        Plan plan = plan("intakes by species", TestCatalogs.shelterIntakes());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("animal_species"));
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("intakes by intake type", TestCatalogs.shelterIntakes()).groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("Intake Type"));
    }

    @Test
    void thingsSaidAfterAValueAreCountedByTheirKeyUnlessTheyNameItsColumn() {
        Plan plan = plan("how many business customers", TestCatalogs.printJobs("price"));
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("customerId");
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("Customer Type"));
    }

    @Test
    void thePeriodsAreOfTheDateNamedBesideThem() {
        Plan plan = plan("orders per month (by purchase date)", TestCatalogs.ticketOrders());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("purchase_ts");
            assertThat(g.grain()).isEqualTo(io.insightx.orchestrator.agent.offline.plan.Grain.MONTH);
        });
    }

    @Test
    void aForecastIsRefusedNotAnsweredFromThePast() {
        for (String q : java.util.List.of("predict how many visits downtown will get next march",
                "which customers r likely to churn next year", "forecast fees for 2026")) {
            Plan plan = plan(q, TestCatalogs.dentalVisits());
            assertThat(plan.kind()).as(q).isEqualTo(Plan.Kind.REFUSE);
            assertThat(plan.notes()).as(q).anyMatch(n -> n.contains("not what will"));
        }
        assertThat(plan("visits by month", TestCatalogs.dentalVisits()).kind()).isEqualTo(Plan.Kind.AGGREGATE);
    }

    @Test
    void anOpinionIsRefusedWhereTheDataHoldsNoRatings() {
        Plan liked = plan("which tutor do students like best", TestCatalogs.tutoringSessions());
        assertThat(liked.kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(liked.notes()).anyMatch(n -> n.contains("not what they think"));
        assertThat(plan("which branch do students book the most", TestCatalogs.tutoringSessions()).kind())
                .isNotEqualTo(Plan.Kind.REFUSE);
    }

    @Test
    void theRowsAveragedPerKeyAreCountedForEachKey() {
        Plan plan = plan("avg sessions per student", TestCatalogs.tutoringSessions());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(plan.ignored()).isEmpty();
    }
}
