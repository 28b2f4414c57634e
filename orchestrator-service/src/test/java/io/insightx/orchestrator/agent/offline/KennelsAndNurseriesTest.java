package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.link.DataColumn;
import io.insightx.orchestrator.agent.offline.link.ShortForms;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Order lines several to an order, stays counted in nights, branches named only by their values, amounts kept as
 * text, things named by the first word of their columns ("teacher" of teacher_name and teacher_notes), and the verbs
 * their doers are named after ("which teacher taught").
 */
class KennelsAndNurseriesTest {

    private static java.util.List<String> groups(Plan plan) {
        return plan.groups().stream().map(g -> g.column().name()).toList();
    }

    @Test
    void aBareNounNamesTheThingByItsNameNeverANoteOrAKindOfIt() {
        Plan teachers = plan("which teacher taught the most lessons", TestCatalogs.musicLessons());
        assertThat(groups(teachers)).containsExactly("teacher_teacher_id"); // by key, named by teacher_name
        assertThat(teachers.ignored()).isEmpty(); // a teacher teaches: "taught" says no more
        Plan plants = plan("which plant sold the most units in 2024", TestCatalogs.nurserySales());
        assertThat(groups(plants)).containsExactly("plant_name");
        assertThat(plants.measure().name()).isEqualTo("qty");
        assertThat(plants.ignored()).isEmpty();
    }

    @Test
    void ordersOfOrderLinesAreCountedByTheOrdersKey() {
        Plan plan = plan("how many orders did we take in 2023", TestCatalogs.nurserySales());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("order_no");
        assertThat(plan.ignored()).isEmpty(); // "did we take" only says the orders were ours
    }

    @Test
    void salesWithMoneyAreTheMoneyUnlessCounted() {
        Catalog nursery = TestCatalogs.nurserySales();
        Plan total = plan("total sales for 2024", nursery);
        assertThat(total.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(total.measure().name()).isEqualTo("Line Total (USD)");
        assertThat(plan("how many sales in 2024", nursery).measure()).isNull();
    }

    @Test
    void anOrdersValueIsItsLinesAddedUpAveragedOverTheOrders() {
        Catalog nursery = TestCatalogs.nurserySales();
        Plan average = plan("avg order value overall", nursery);
        assertThat(SqlWriter.write(average).sql()).contains("count(DISTINCT \"order_no\")");
        Plan biggest = plan("top 3 biggest orders by value in 2025", nursery);
        assertThat(groups(biggest)).containsExactly("order_no");
        assertThat(SqlWriter.write(biggest).sql()).contains("sum(\"Line Total (USD)\")");
    }

    @Test
    void aStaysNightsAreCountedByTheCalendar() {
        Plan plan = plan("avg nights per stay", TestCatalogs.kennelStays());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(SqlWriter.write(plan).sql())
                .contains("date_diff('day', CAST(\"check_in\" AS DATE), CAST(\"Check Out\" AS DATE))");
        assertThat(plan.ignored()).isEmpty();
        // the stays that ended are the only ones a time to the end is known of: the words say no more
        assertThat(plan("avg nights by kennel size (completed stays)", TestCatalogs.kennelStays()).ignored()).isEmpty();
        assertThat(plan("avg nights per stay, only stays that have checked out", TestCatalogs.kennelStays()).ignored())
                .isEmpty();
    }

    @Test
    void aNounTheValuesOfOneColumnEndInNamesThatColumn() {
        Plan plan = plan("revenue by branch for 2024", TestCatalogs.kennelStays());
        assertThat(groups(plan)).containsExactly("location");
        assertThat(plan.notes()).anyMatch(n -> n.contains("North Branch"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aValueSaidWithItsColumnsWordIsAValueAndTheRowsNounNoSynonymOfAColumn() {
        Plan plan = plan("how many stays in small kennels", TestCatalogs.kennelStays());
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).column().name())
                .isEqualTo("kennel_size"));
        // "stays in" is no "check in", though a stay is a sense of check
        assertThat(plan.measure()).isNull();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aWordAnotherColumnIsNamedByIsNoValueItInflects() {
        Plan plan = plan("how many stays needed meds", TestCatalogs.kennelStays());
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.Values v
                && v.column().name().equals("kennel_size"));
    }

    @Test
    void aNounOfGroupsIsNoVerbOfGrouping() {
        Plan ages = plan("top 3 age groups by population in 2000", TestCatalogs.census());
        assertThat(groups(ages)).containsExactly("age");
        assertThat(ages.ignored()).isEmpty();
    }

    @Test
    void theVerbOfAGroupingIsReadWithItsBy() {
        Plan plan = plan("stays broken down by species", TestCatalogs.kennelStays());
        assertThat(plan.filters()).isEmpty(); // "down" is not the location "Down Town"
        assertThat(groups(plan)).containsExactly("species");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void amountsKeptAsTextAreAddedUpAndInitialsSaidInFull() {
        Plan plan = plan("total food and bev spend", TestCatalogs.bowlingGames());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("F&B Spend");
        assertThat(SqlWriter.write(plan).sql()).contains("TRY_CAST(replace(regexp_replace(\"F&B Spend\"");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("which party spent the most on food and drinks", TestCatalogs.bowlingGames()).ignored())
                .isEmpty();
    }

    @Test
    void aValueOfTheKindAnotherIsMayBeItAndAWordIsNoShortForm() {
        DataColumn species = TestCatalogs.oneCategory("species", "Cat", "cat", "Canine", "dog").columns().get(0);
        // "Cat" is a word of its own, not "Canine" cut short; a dog is a canine
        assertThat(ShortForms.in(species, TestCatalogs.LEXICON::akin, w -> !TestCatalogs.LEXICON.unknown(w)))
                .hasValueSatisfying(p -> assertThat(java.util.Set.of(p.shortForm(), p.longForm()))
                        .containsExactlyInAnyOrder("Canine", "dog"));
    }

    @Test
    void hoursAreTheDatasOneLengthOfTimeInHours() {
        Plan plan = plan("total lesson hours for piano", TestCatalogs.musicLessons());
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"Duration (min)\" / 60.0))");
    }

    @Test
    void aModifierBeforeAColumnsHeadNounLeavesTheGroupingAndIsReported() {
        Plan plan = plan("avg fee by payment method", TestCatalogs.musicLessons());
        assertThat(groups(plan)).containsExactly("billing_method");
        assertThat(plan.ignored()).containsExactly("payment");
    }

    @Test
    void theBestOfThingsNoMeasureRanksIsAReadingTakenNotAnAnswer() {
        Plan plan = plan("who is our best teacher", TestCatalogs.musicLessons());
        assertThat(plan.guessed()).isTrue(); // the most lessons is one reading of "best", said as such
        assertThat(plan.notes()).anyMatch(n -> n.contains("no measure of which is better"));
        assertThat(plan("which teacher taught the most lessons", TestCatalogs.musicLessons()).guessed()).isFalse();
    }
}
