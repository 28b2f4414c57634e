package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * Values with an aside, a word added, or two words turned round are one; an average per day is of each day's total;
 * a pause ends a column's name; a currency sign alone is money; amounts in NZ$ are amounts; the time between two
 * moments a few minutes apart is in minutes, from the act that starts it to the one that ends it; the rows, the verb
 * of their sale, a doer's column, a slash said as "per", a unit said of a figure and a count of different things are
 * read; "had" and "topped" are no negation and no ranking.
 */
class ShedsLicencesAndTalliesTest {

    @Test
    void anAsideAWordAddedOrTwoWordsTurnedRoundAreOneValue() {
        DataColumn shed = TestCatalogs.eggCollections().column("Shed").orElseThrow();
        assertThat(ValueForms.of(shed)).containsEntry("ORCHARD (FR)", "Orchard Shed");
        DataColumn water = TestCatalogs.licenceSales().column("water_type").orElseThrow();
        assertThat(ValueForms.of(water)).containsEntry("Game (trout)", "Game").doesNotContainKey("Trout");
        DataColumn outlet = TestCatalogs.licenceSales().column("outlet").orElseThrow();
        assertThat(ValueForms.of(outlet)).containsEntry("Riverside Tackle Shop", "Riverside Tackle")
                .containsEntry("Lakeview Marina Shop", "Lakeview Marina");
        DataColumn office = TestCatalogs.passportVisits().column("office_name").orElseThrow();
        assertThat(ValueForms.of(office)).containsEntry("Central office", "Central")
                .containsEntry("Harbour Road Office", "Harbour Road");
        DataColumn service = TestCatalogs.passportVisits().column("serviceType").orElseThrow();
        assertThat(ValueForms.of(service)).containsEntry("Renewal (Adult)", "Adult renewal");
        DataColumn farm = TestCatalogs.oneCategory("Farm", "Waikaia Station", "waikaia station", "Waikaia Stn",
                "Tarras Station").column("Farm").orElseThrow();
        assertThat(ValueForms.of(farm)).containsEntry("Waikaia Stn", "Waikaia Station").doesNotContainKey("Tarras Station");
    }

    @Test
    void anAveragePerDayIsOfEachDaysTotal() {
        Plan plan = plan("avg eggs per day from the north shed in 2024", TestCatalogs.eggCollections());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(plan.measure().quotient().perKey()).isTrue();
        assertThat(plan.measure().quotient().divisor().name()).isEqualTo("Date");
        Plan aDay = plan("avg eggs a day for each shed", TestCatalogs.eggCollections());
        assertThat(aDay.ignored()).isEmpty();
        assertThat(aDay.groups()).extracting(g -> g.column().name()).containsExactly("Shed");
    }

    @Test
    void aPauseEndsAColumnsName() {
        Plan plan = plan("per beach: patrol length km, 2024 incidents, incidents per km",
                TestCatalogs.lifeguardIncidents());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("Beach");
        assertThat(plan.ignored()).contains("km"); // the rows per km are not computed, and said so
    }

    @Test
    void aCurrencySignAloneIsMoney() {
        Plan plan = plan("total $ approved", TestCatalogs.loanApplications());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("approved_amount");
    }

    @Test
    void amountsWrittenInNewZealandDollarsAreAmounts() {
        Plan plan = plan("total shearer pay 2025", TestCatalogs.shearingTallies());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("Pay");
        assertThat(plan.measure().sql()).contains("TRY_CAST");
    }

    @Test
    void theTimeBetweenMomentsMinutesApartIsInMinutesFromTheActsNamed() {
        Plan plan = plan("avg wait in mins between arriving and being called at central in 2025",
                TestCatalogs.passportVisits());
        assertThat(plan.measure().name()).isEqualTo("minutes from visit_arrived to visit_called");
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.Recorded);
        Plan byOffice = plan("avg wait from arrival to being called, by office, 2025", TestCatalogs.passportVisits());
        assertThat(byOffice.measure().name()).isEqualTo("minutes from visit_arrived to visit_called");
        assertThat(byOffice.groups()).extracting(g -> g.column().name()).containsExactly("office_name");
    }

    @Test
    void aUnitSaidAfterInIsTheAnswersBeforeAnyOther() {
        Plan plan = plan("avg length of a shearing day in 2023, start to finish, in hrs", TestCatalogs.shearingTallies());
        assertThat(plan.measure().name()).isEqualTo("hours from Hours_Start to Hours_Finish");
    }

    @Test
    void theRowsAndTheVerbOfTheirSaleAreRead() {
        Plan plan = plan("how many licences were sold before 9 in the morning", TestCatalogs.licenceSales());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.During p && p.period().hours().contains(8)
                && !p.period().hours().contains(9));
        Plan licenceTypes = plan("how many licence types", TestCatalogs.licenceSales());
        assertThat(licenceTypes.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        Plan perLicence = plan("avg rods per licence", TestCatalogs.licenceSales());
        assertThat(perLicence.groups()).isEmpty();
        assertThat(perLicence.measure().name()).isEqualTo("rods");
    }

    @Test
    void whoDidTheActIsTheColumnOfItsDoer() {
        Plan plan = plan("who collected the most eggs in 2025", TestCatalogs.eggCollections());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("Collected By");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void aSlashIsSaidAsPerAndAUnitSaidOfAFigureConvertsIt() {
        Plan revenue = plan("total dozens sold x price per dozen in 2024", TestCatalogs.eggCollections());
        assertThat(revenue.ignored()).isEmpty();
        assertThat(revenue.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(revenue.measure().name()).isEqualTo("Dozens Sold × Price/Dozen");
        Plan feed = plan("total tonnes of feed used in 2024", TestCatalogs.eggCollections());
        assertThat(feed.measure().sql()).contains("/ 1000");
    }

    @Test
    void aVerbOfAnotherFigureNamesNoColumn() {
        Plan plan = plan("which region pays the best avg rate per head", TestCatalogs.shearingTallies());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("RatePerHead");
    }

    @Test
    void aCountOfDifferentThingsPerGroupKeepsTheGroups() {
        Plan plan = plan("how many shearers worked at more than 10 different farms in 2024",
                TestCatalogs.shearingTallies());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.GroupSize g && g.distinct() != null
                && g.distinct().name().equals("Farm_Name"));
    }

    @Test
    void toppedIsANumberPassedNotATopN() {
        Plan plan = plan("how many shearers topped 300 (sheep+lambs) in 2025", TestCatalogs.shearingTallies());
        assertThat(plan.limit()).isNull();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Compare c && c.words().contains("300"));
    }

    @Test
    void hadIsNoNegationAndRowsAreDatedWhereTheyHaveADate() {
        Plan most = plan("which crew lead had the most missed pickups", TestCatalogs.recyclingPickups());
        assertThat(most.filters()).hasSize(1);
        assertThat(most.filters().get(0).words()).doesNotContain("not");
        Plan monthly = plan("missed pickups per month in 2025", TestCatalogs.recyclingPickups());
        assertThat(monthly.groups()).extracting(Group::column).extracting(DataColumn::name)
                .containsExactly("scheduled_date");
    }
}
