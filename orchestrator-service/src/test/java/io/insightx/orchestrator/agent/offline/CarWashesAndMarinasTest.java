package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.ValueForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Exports of small service businesses: a price on every row beside a tip on a few, street names cut short, "none"
 * said three ways, timestamps kept as text to the minute, and the verbs people join their words with ("ran at",
 * "paid thru the app", "spent the most nights").
 */
class CarWashesAndMarinasTest {

    @Test
    void revenueIsThePriceOnEveryRowNotATipOnAFew() {
        Catalog wash = TestCatalogs.carWashVisits();
        Plan total = plan("total wash revenue all time", wash);
        assertThat(total.measure().name()).isEqualTo("price_usd");
        // "wash" of car_wash_visits is the business, no column of washes, and no choice to report
        assertThat(total.ignored()).isEmpty();
        assertThat(total.notes()).noneMatch(n -> n.contains("Wash Package"));
        assertThat(plan("which wash package made the most money", wash).measure().name()).isEqualTo("price_usd");
    }

    @Test
    void oneAmountAsAPercentOfAnotherIsTheirTotalsQuotient() {
        Plan plan = plan("tips as a pct of wash revenue overall", TestCatalogs.carWashVisits());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(SqlWriter.write(plan).sql())
                .contains("100.0 * sum(\"Tip Amount\") / nullif(sum((\"price_usd\")), 0)");
    }

    @Test
    void thePriceNamedAsRevenueIsAddedUp() {
        Plan plan = plan("package revenue by coordinator excl cancellations", TestCatalogs.venueBookings());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Values v && v.excluding());
    }

    @Test
    void aVerbSaidOfTheMoneyIsNoColumnBesideIt() {
        Plan plan = plan("total billed revenue for 2024 jobs", TestCatalogs.movingJobs());
        assertThat(plan.measure().name()).isEqualTo("Total Charge ($)");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void timeSpentIsNoMoney() {
        Plan plan = plan("which boat spent the most nights with us", TestCatalogs.marinaStays());
        assertThat(plan.measure().name()).isEqualTo("nights");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void streetsCutShortAreTheStreetsButAWordOfItsOwnIsNot() {
        Catalog wash = TestCatalogs.carWashVisits();
        assertThat(ValueForms.of(wash.column("site").orElseThrow())).containsEntry("Main St", "MAIN STREET")
                .containsEntry("AIRPORT RD", "airport road");
        // "St" of a column named Store is the street, not the column's own word cut short
        Catalog store = TestCatalogs.oneCategory("Store", "Elm St", "Elm Street", "Harbor Ave", "harbor avenue");
        assertThat(ValueForms.of(store.column("Store").orElseThrow())).containsEntry("Elm St", "Elm Street")
                .containsEntry("Harbor Ave", "harbor avenue");
        Catalog teams = TestCatalogs.oneCategory("team", "Team Red", "Team Redwood", "Team Blue");
        assertThat(ValueForms.of(teams.column("team").orElseThrow())).isEmpty();
    }

    @Test
    void noneSaidThreeWaysIsOneValue() {
        Catalog jobs = TestCatalogs.movingJobs();
        assertThat(ValueForms.of(jobs.column("Packing Service").orElseThrow())).containsEntry("no packing", "none");
        Catalog answers = TestCatalogs.oneCategory("answer", "No", "None", "Yes", "yes");
        assertThat(ValueForms.of(answers.column("answer").orElseThrow())).doesNotContainKey("No");
    }

    @Test
    void textTimesToTheMinuteAreTimes() {
        Plan plan = plan("monthly arrivals in 2025", TestCatalogs.marinaStays());
        assertThat(plan.groups()).hasSize(1);
        assertThat(SqlWriter.write(plan).sql()).contains("strptime(\"Arrival Time\", '%Y-%m-%d %H:%M')");
    }

    @Test
    void aVerbThatOnlyJoinsIsReadWithWhatItJoins() {
        Catalog wash = TestCatalogs.carWashVisits();
        assertThat(plan("how many visits came from main st", wash).ignored()).isEmpty();
        // the verb names the column its value is of: a share of the visits, no price for "paid"
        Plan app = plan("what share of visits paid thru the app", wash);
        assertThat(app.ignored()).isEmpty();
        assertThat(app.measure()).isNull();
        assertThat(app.filters()).anyMatch(f -> f.column().name().equals("Payment Method"));
        // alone it may say what the data does not: reported
        assertThat(plan("how many visits were used", wash).ignored()).contains("used");
    }

    @Test
    void theNounOfAnEventIsTheValueThatSaysItHappened() {
        Plan plan = plan("avg nights per stay excl cancellations", TestCatalogs.marinaStays());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Values v && v.excluding()
                && v.values().stream().anyMatch(x -> x.equalsIgnoreCase("cancelled")));
    }

    @Test
    void aShareOfAYesNoTypedManyWaysIsOfEveryRowItsBlanksNotYes() {
        Plan plan = plan("pct of visits from members", TestCatalogs.carWashVisits());
        String sql = SqlWriter.write(plan).sql();
        assertThat(sql).contains("nullif(lower(trim(\"member_flag\")), '')").doesNotContain("IS NOT NULL");
        // a yes/no written one way keeps its blanks out: a shipment not yet delivered is neither on time nor late
        Plan loans = plan("default rate", TestCatalogs.loanApplications());
        assertThat(SqlWriter.write(loans).sql()).contains("IS NOT NULL");
    }

    @Test
    void aSuperlativeBeforeAFigureNamedByItsWordIsItsWay() {
        Plan plan = plan("which site has the longest avg wait", TestCatalogs.carWashVisits());
        assertThat(plan.measure().name()).isEqualTo("wait_minutes");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.descending()).isTrue();
    }

    @Test
    void aLetterWrittenSmallBesideItsColumnsWordIsTheLetter() {
        Plan plan = plan("how many stays on c dock", TestCatalogs.marinaStays());
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.Values v && v.values().equals(List.of("C")));
    }

    @Test
    void moneyPerAnAmountInTheSingularIsARate() {
        Plan plan = plan("revenue per night for checked out stays", TestCatalogs.marinaStays());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.RATIO);
        assertThat(plan.groups()).isEmpty();
        // with an average, a handful of nights are groups: "avg payment per nights" is read as before
        assertThat(plan("avg payment amount per nights", TestCatalogs.marinaStays()).groups()).hasSize(1);
    }

    @Test
    void aThingAskedByWhichIsNamedOrReported() {
        Plan plan = plan("which berth earned the most in 2024", TestCatalogs.marinaStays());
        // one figure over every row names no berth: never a number for "which" in silence
        assertThat(plan.groups().isEmpty() && plan.ignored().isEmpty()).isFalse();
    }

    @Test
    void twoWordsOfOneMeaningAreSaidAsAReadingTaken() {
        Plan plan = plan("visits by membership type", TestCatalogs.climbingVisits());
        assertThat(plan.notes()).anyMatch(n -> n.contains("“Yearly”") && n.contains("“Annual”"));
        assertThat(plan.guessed()).isTrue();
    }
}
