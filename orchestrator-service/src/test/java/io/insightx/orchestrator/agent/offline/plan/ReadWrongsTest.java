package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * The causes of the confidently wrong answers of a held-aside set (heldout14), each fixed for any data: fines add up,
 * the yes/no of a rate is its part, events are named by a status in the past ("hires" of "hired"), people counted are
 * rows, a key of one row each has no groups of 4, a rate's yes/no ranks rather than groups, and the rate of a value
 * is its share of the rows the other values keep; "the highest offer and what department was it for" is one row.
 */
class ReadWrongsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void theHighestAndWhatItWasForIsOneRow() {
        Plan plan = PLANNER.plan("highest offer salary and what department was it for", TestCatalogs.applications());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("offer_salary");
        assertThat(plan.descending()).isTrue();
        Plan perGroup = PLANNER.plan("which department has the highest offer salary", TestCatalogs.applications());
        assertThat(perGroup.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(perGroup.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("department"));
    }

    @Test
    void finesAddUp() {
        Plan plan = PLANNER.plan("which district has the most unpaid fine $", TestCatalogs.citations());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(SqlWriter.write(plan).sql()).contains("sum(\"violation_fine_usd\")").contains("\"paid_date\" IS NULL");
    }

    @Test
    void theYesOrNoOfARateIsItsPartTheValueItsWhole() {
        var sql = SqlWriter.write(PLANNER.plan("pct of tesla citations that are still unpaid", TestCatalogs.citations()));
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE \"paid_date\" IS NULL) / count(*)")
                .contains("WHERE \"vehicle_make\" = ?");
    }

    @Test
    void hiresAreTheRowsThatReachedHired() {
        Plan plan = PLANNER.plan("hires by department", TestCatalogs.applications());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(SqlWriter.write(plan).params()).containsExactly("hired");
    }

    @Test
    void peopleCountedAreRowsNotTheDepartmentNamedPeople() {
        Plan plan = PLANNER.plan("how many ppl were hired", TestCatalogs.applications());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly("hired");
        assertThat(plan.entity()).isEqualTo("people");
    }

    @Test
    void aKeyOfOneRowEachHasNoGroupsOfFour() {
        Plan plan = PLANNER.plan("how many orders had 4 or more tix", TestCatalogs.ticketOrders());
        assertThat(plan.filters()).noneSatisfy(f -> assertThat(f).isInstanceOf(Filter.GroupSize.class));
        assertThat(plan.ignored()).isNotEmpty();
    }

    @Test
    void eventsByARatesYesOrNoAreRankedByIt() {
        Plan plan = PLANNER.plan("top 3 events by refund rate", TestCatalogs.ticketOrders());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("event_name"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theRateOfAValueIsItsShareOfTheRowsTheOtherValuesKeep() {
        Plan plan = PLANNER.plan("refund rate in the Airport zone, in percent", TestCatalogs.deliveries());
        assertThat(plan.measure()).isNull();
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("count(*) FILTER (WHERE \"status\" = ?) / count(*)").contains("WHERE \"zone\" = ?");
        assertThat(sql.params()).containsExactly("refunded", "refunded", "Airport");
    }

    @Test
    void aRatingAfterAValueIsNoRate() {
        Plan plan = PLANNER.plan("avg refunded rating by zone", TestCatalogs.deliveries());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("customer_rating");
    }
}
