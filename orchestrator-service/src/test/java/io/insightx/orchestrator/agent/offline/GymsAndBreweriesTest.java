package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Exports as small businesses keep them: one value written in several forms (cut short, in the plural, as initials,
 * with the column's own word), volumes in litres beside each other, two fees, times between a check-in and a
 * check-out asked in minutes, adverbs of a period, groups listed in parentheses, and a totals line.
 */
class GymsAndBreweriesTest {

    private static DataColumn column(Catalog catalog, String name) {
        return catalog.column(name).orElseThrow();
    }

    @Test
    void aValueWrittenInAnotherFormIsCountedAsTheValue() {
        Catalog gym = TestCatalogs.climbingVisits();
        Map<String, String> plans = ValueForms.of(column(gym, "Membership Type"));
        // "Yearly" and "Annual" mean one plan, but nothing in their letters says so: counted apart
        assertThat(plans).containsEntry("Mthly", "Monthly").doesNotContainKeys("Annual", "Yearly");
        Map<String, String> walls = ValueForms.of(column(gym, "wallArea"));
        // of one word's two forms the one written in more ways names the other; initials are named by the words
        assertThat(walls).containsEntry("Bouldering", "BOULDER").containsEntry("TR", "top-rope");
        // the column's own word is no part of the value: "Riverside Gym" of Gym Location is Riverside
        assertThat(ValueForms.of(column(gym, "Gym Location"))).containsEntry("Riverside Gym", "Riverside");
        Catalog brewery = TestCatalogs.breweryBatches();
        // initials the data writes more often than their words name the value
        assertThat(ValueForms.of(column(brewery, "beer_style"))).containsEntry("India Pale Ale", "IPA")
                .containsEntry("Wheat", "wheat beer")
                // "Pils" could be Pilsner or Pilsener: neither is taken
                .doesNotContainKeys("Pils", "Pilsner", "Pilsener");
        assertThat(ValueForms.of(column(brewery, "packageFormat"))).containsEntry("kegs", "KEG")
                .containsEntry("Cans", "Can");
    }

    @Test
    void aSecondWordASignOrANumberMakesAnotherValue() {
        Catalog tiers = TestCatalogs.oneCategory("tier", "Gold", "Gold Plus", "Low", "Low Heat", "E05", "E051",
                "Route 1", "Route 12");
        assertThat(ValueForms.of(column(tiers, "tier"))).isEmpty();
        assertThat(ValueForms.of(column(TestCatalogs.bloodDonations(), "blood_type"))).isEmpty();
    }

    @Test
    void theFormsAreBoundAsDataInATableOfTheTablesOwnName() {
        Plan plan = plan("visits on the bouldering wall by membership type", TestCatalogs.climbingVisits());
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).startsWith("WITH \"climbing_gym_visits\" AS (SELECT * REPLACE (CASE WHEN");
        assertThat(sql.sql()).doesNotContain("'Mthly'").doesNotContain("'BOULDER'");
        assertThat(sql.params()).containsSubsequence("Mthly", "Monthly").contains("boulder");
        // a form merged is no reading taken; "Yearly" beside "Annual" is (one meaning in other letters), said as one
        assertThat(plan.notes()).filteredOn(n -> n.contains("may be")).singleElement().asString()
                .contains("“Yearly”");
        assertThat(plan.notes()).anyMatch(n -> n.contains("“Mthly” as “Monthly”"));
    }

    @Test
    void aNameWithAnAccentIsTheNameWithout() {
        Plan plan = plan("visits by staff on desk", TestCatalogs.climbingVisits());
        assertThat(SqlWriter.write(plan).sql()).contains("strip_accents(lower(\"staff_on_desk\"))");
    }

    @Test
    void aUnitBesideAWordOfOneOfSeveralColumnsInItNamesThatColumn() {
        Plan brewed = plan("total litres brewed in 2024", TestCatalogs.breweryBatches());
        assertThat(brewed.ignored()).isEmpty();
        assertThat(brewed.measure().name()).isEqualTo("volume_brewed_l");
        Plan packaged = plan("top 3 styles by litres packaged", TestCatalogs.breweryBatches());
        assertThat(packaged.measure().name()).isEqualTo("volume_packaged_l");
        // "total litres" alone could be any of the three: left unread, said
        assertThat(plan("total litres by beer style", TestCatalogs.breweryBatches()).ignored()).contains("litres");
    }

    @Test
    void aWordOfMoneyAfterAnAmountsNameIsThatAmount() {
        Plan plan = plan("total gear rental revenue", TestCatalogs.climbingVisits());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("Rental Fee (USD)");
        assertThat(plan.guessed()).isFalse();
    }

    @Test
    void minutesAskedOfTheRowsAreTheTimeBetweenTheirTwoTimes() {
        Plan plan = plan("avg minutes per visit by wall area", TestCatalogs.climbingVisits());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("minutes from checkInTime to checkout_time");
        assertThat(plan("top 5 members by total hours", TestCatalogs.climbingVisits()).measure().name())
                .startsWith("hours from checkInTime");
        // distinct days are days the rows fall on, not time taken
        assertThat(plan("how many distinct days had visits", TestCatalogs.climbingVisits()).measure())
                .satisfiesAnyOf(m -> assertThat(m).isNull(), m -> assertThat(m.name()).doesNotContain(" from "));
    }

    @Test
    void anAdverbOfAPeriodBeforeTheDatesWordIsAGroupingNotAValue() {
        Plan counts = plan("monthly check-in counts for 2024", TestCatalogs.climbingVisits());
        assertThat(counts.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isIn(Grain.MONTH,
                Grain.MONTH_OF_ONE_YEAR));
        assertThat(counts.filters()).noneMatch(f -> f.column().name().equals("Membership Type"));
        Plan members = plan("how many monthly members visited in 2024", TestCatalogs.climbingVisits());
        assertThat(members.filters()).anyMatch(f -> f.column().name().equals("Membership Type"));
    }

    @Test
    void valuesListedInParenthesesAfterAGroupingAreItsGroups() {
        Plan listed = plan("packaged volume by package format (keg/can/bottle)", TestCatalogs.breweryBatches());
        assertThat(listed.filters()).noneMatch(f -> f instanceof Filter.Values v
                && v.column().name().equals("packageFormat"));
        Plan only = plan("packaged volume by package format (keg and bottle only)", TestCatalogs.breweryBatches());
        assertThat(only.filters()).anyMatch(f -> f instanceof Filter.Values v
                && v.column().name().equals("packageFormat"));
    }

    @Test
    void aKeysTotalsLineIsLeftOut() {
        Plan plan = plan("how many batches never got packaged", TestCatalogs.breweryBatches());
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Values v && v.negated()
                && v.values().equals(List.of("TOTAL")));
    }

    @Test
    void theRateOfAYesNoWrittenAsTextIsItsShare() {
        Plan plan = plan("gear rental rate by membership type", TestCatalogs.climbingVisits());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
    }

    @Test
    void acrossBothThingsIsAllOfThemAndAnHourOfTheDayAfterADatesName() {
        Plan plan = plan("busiest check in hour of the day across both gyms", TestCatalogs.climbingVisits());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
    }

    @Test
    void theSameMonthsOfTwoYearsAreComparedYearByYear() {
        Plan counted = plan("jan-jun 2024 vs jan-jun 2025 session count", TestCatalogs.tutoringSessions());
        assertThat(counted.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.YEAR));
        assertThat(SqlWriter.write(counted).sql()).contains(" OR ");
        Plan growth = plan("sessions growth jan-jun 2024 vs jan-jun 2025", TestCatalogs.tutoringSessions());
        assertThat(growth.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(growth.change()).extracting(p -> p.words()).containsExactly("jan to jun 2024", "jan to jun 2025");
    }

    @Test
    void aRefusalWithEveryWordPlacedSaysWhatItMissed() {
        Plan plan = plan("session growth 2024 vs 2025", TestCatalogs.tutoringSessions());
        assertThat(plan.understood()).isFalse();
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("I could not tell what to compute"));
    }
}
