package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What the rows' own dates and figures say of them: an event that has not happened ("unpaid"), one date after another
 * ("paid after the due date"), a figure at or below another, and events counted in the periods of their date.
 */
class EventsComparedTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void unpaidRowsLackTheirPaidDate() {
        Plan plan = PLANNER.plan("# of unpaid invoices", TestCatalogs.invoices());
        assertThat(SqlWriter.write(plan).sql()).contains("\"paid_date\" IS NULL");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void oneDateAfterAnotherIsComparedForEachRow() {
        Plan plan = PLANNER.plan("how many invoices were paid after the due date", TestCatalogs.invoices());
        assertThat(SqlWriter.write(plan).sql()).contains("\"paid_date\" > \"due_date\"");
        assertThat(plan.ignored()).isEmpty();
        Plan share = PLANNER.plan("share of invoices paid on or before the due date", TestCatalogs.invoices());
        assertThat(share.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(share).sql()).contains("\"paid_date\" <= \"due_date\"");
    }

    @Test
    void atOrBelowHoldsAtEqualityToo() {
        Plan plan = PLANNER.plan("skus where on hand is at or below the reorder point", TestCatalogs.inventory());
        assertThat(SqlWriter.write(plan).sql()).contains("\"on_hand\" <= \"reorder_point\"");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void eventsAreCountedInThePeriodsOfTheirDate() {
        Plan plan = PLANNER.plan("restocks by month", TestCatalogs.inventory());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement()
                .satisfies(g -> assertThat(g.column().name()).isEqualTo("last_restock_date"));
    }

    @Test
    void aDateVerbBeforeItsPeriodsIsThatDate() {
        Plan plan = PLANNER.plan("tickets opened per month", TestCatalogs.tickets());
        assertThat(plan.filters()).isEmpty(); // not the status Open
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Opened At"));
    }

    @Test
    void aCountOfEventsOfEachRowIsNoCountOfTheRows() {
        Plan plan = PLANNER.plan("how many tickets by channel", TestCatalogs.tickets());
        assertThat(plan.measure() == null ? null : plan.measure().name()).isNotEqualTo("reopened_count");
        assertThat(plan.notes()).noneMatch(n -> n.contains("reopened_count"));
    }

    @Test
    void aTotalOfTheRowsIsTheirCount() {
        Plan plan = PLANNER.plan("total flights by origin", TestCatalogs.flights());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
    }
}
