package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Of several dates, the one the question's words are of: its period, its months and the range it covers all use it;
 * a value counted ("# of B grades") counts its rows; a misspelt word is read again, never passed over.
 */
class WhichDateTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void theMonthsAreOfTheDateThePeriodIsOf() {
        Plan plan = PLANNER.plan("# of sales per month in 2023", TestCatalogs.homeSales());
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("sale_date"));
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("sale_date"));
    }

    @Test
    void aPeriodNoWordTiesToADateIsOfTheMonthsDate() {
        Plan plan = PLANNER.plan("how many loans per due month in 2024", TestCatalogs.loans());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("due_date"));
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("due_date"));
        Plan checkedOut = PLANNER.plan("loans per due month, checked out in 2024", TestCatalogs.loans());
        assertThat(checkedOut.filters()).singleElement()
                .satisfies(f -> assertThat(f.column().name()).isEqualTo("checkout_date"));
    }

    @Test
    void theRangeIsOfTheDateTheQuestionNames() {
        Plan plan = PLANNER.plan("what date range do the sales cover", TestCatalogs.homeSales());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(SqlWriter.write(plan).sql()).contains("min(\"sale_date\")");
    }

    @Test
    void aCountOfOneValueCountsItsRows() {
        Plan plan = PLANNER.plan("# of B grades in queens in 2023", TestCatalogs.inspections());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(SqlWriter.write(plan).sql()).startsWith("SELECT count(*)");
    }

    @Test
    void aMisspeltWordBeforeACommonOneIsReadAgain() {
        Plan plan = PLANNER.plan("how many loans are missing a retrun date", TestCatalogs.loans());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(plan.measure().name()).isEqualTo("return_date");
    }

    @Test
    void theMostRecentRowIsTheLatestDateOfItsEvent() {
        Plan recent = PLANNER.plan("when was the most recent booking", TestCatalogs.bookings());
        assertThat(recent.ignored()).isEmpty();
        assertThat(SqlWriter.write(recent).sql()).isEqualTo("SELECT max(\"booking_date\") AS \"max_booking_date\" FROM \"hotel_bookings\"");
        Plan earliest = PLANNER.plan("the earliest booking", TestCatalogs.bookings());
        assertThat(SqlWriter.write(earliest).sql()).startsWith("SELECT min(\"booking_date\")");
    }

    @Test
    void aVerbNamesTheDateOfItsNounAndAChangeComparesThatDatesPeriods() {
        assertThat(DateVerb.nominal("arrive", "arrival")).isTrue();
        assertThat(DateVerb.nominal("depart", "departure")).isTrue();
        assertThat(DateVerb.nominal("ship", "shipment")).isTrue();
        assertThat(DateVerb.nominal("act", "action")).isFalse(); // too short a stem to trust
        assertThat(DateVerb.nominal("book", "booking")).isFalse();
        Plan arriving = PLANNER.plan("avg adr of bookings arriving in 2024", TestCatalogs.bookings());
        assertThat(arriving.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("Arrival Date"));
        Plan change = PLANNER.plan("how much did avg adr change from 2023 to 2024 (by arrival yr)", TestCatalogs.bookings());
        assertThat(change.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(SqlWriter.write(change).sql()).contains("FILTER (WHERE \"Arrival Date\" >= CAST(? AS DATE)")
                .doesNotContain("booking_date");
        assertThat(change.notes()).contains("Compared the periods of Arrival Date.");
    }
}
