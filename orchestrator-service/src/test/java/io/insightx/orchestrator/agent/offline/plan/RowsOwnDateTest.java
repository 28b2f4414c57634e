package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * The data's time is the rows' own date where a date is named after what a row is: a reservation's date, not the
 * moment it was booked; months of a date that spans one year are also numbered; a range of timestamps is said in days.
 */
class RowsOwnDateTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void aReservationsDateIsTheDataTime() {
        assertThat(TestCatalogs.reservations().time()).hasValueSatisfying(
                c -> assertThat(c.name()).isEqualTo("reservation_date"));
        Plan busiest = PLANNER.plan("busiest day of the week by # of reservations", TestCatalogs.reservations());
        assertThat(busiest.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("reservation_date");
            assertThat(g.grain()).isEqualTo(Grain.WEEKDAY);
        });
        assertThat(SqlWriter.write(PLANNER.plan("total deposit amount on december reservations",
                TestCatalogs.reservations())).sql()).contains("month(\"reservation_date\")");
    }

    @Test
    void theMonthsOfADateThatSpansOneYearAreNumbered() {
        Plan plan = PLANNER.plan("reservation count by month", TestCatalogs.reservations());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH_OF_ONE_YEAR));
        // booked_at spans two years: its months stay months
        Plan booked = PLANNER.plan("reservations by booked at month", TestCatalogs.reservations());
        assertThat(booked.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
    }

    @Test
    void aRangeOfTimestampsIsSaidInDaysToo() {
        Plan plan = PLANNER.plan("what dates does this data cover", TestCatalogs.callCenter());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(SqlWriter.write(plan).sql()).contains("CAST(min(\"call_start\") AS DATE) AS \"first day\"")
                .contains("max(\"call_start\") AS \"last\"");
    }
}
