package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What a row is decides what is counted: a lab result is one test done ("number of tests" counts rows, not the eight
 * kinds of test), an order is a row ordered ("routine orders" over ordered_at are rows, never a date averaged), a
 * snapshot row is an account in one month ("accounts" are counted by their key, once each), and "on record" counts
 * nothing at all.
 */
class WhatRowsAreTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void testsDoneAreRowsNotKindsOfTest() {
        Plan plan = PLANNER.plan("top 5 ordering physicians by number of tests", TestCatalogs.labResults());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(plan.limit()).isEqualTo(5);
        Plan kinds = PLANNER.plan("how many different tests are there", TestCatalogs.labResults());
        assertThat(kinds.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(kinds.measure().name()).isEqualTo("test_name");
    }

    @Test
    void patientsWithMoreThanFiveTestsHaveMoreThanFiveRows() {
        var sql = SqlWriter.write(PLANNER.plan("how many patients have had more than 5 tests", TestCatalogs.labResults()));
        assertThat(sql.sql()).contains("HAVING count(*) > ?").doesNotContain("\"result_value\" > ?");
    }

    @Test
    void ordersOfAnOrderedDateAreRows() {
        Plan most = PLANNER.plan("which clinic orders the most labs", TestCatalogs.labResults());
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(most.notes()).noneSatisfy(n -> assertThat(n).contains("also match"));
        Plan perMonth = PLANNER.plan("tests ordered per month", TestCatalogs.labResults());
        assertThat(perMonth.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(perMonth.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("ordered_at"));
        Plan averaged = PLANNER.plan("avg potassium level for stat vs routine orders", TestCatalogs.labResults());
        assertThat(averaged.measure().name()).isEqualTo("result_value");
    }

    @Test
    void theWeekdayWithTheMostTestsCountsItsRows() {
        Plan most = PLANNER.plan("which weekday has the most tests", TestCatalogs.labResults());
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(most.measure()).isNull();
        assertThat(most.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.WEEKDAY));
        Plan fewest = PLANNER.plan("which weekday has the fewest orders", TestCatalogs.labResults());
        assertThat(fewest.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(fewest.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.WEEKDAY));
        assertThat(fewest.descending()).isFalse();
    }

    @Test
    void anAverageNumberOfRowsPerKeyIsTheirCountOverTheKeys() {
        Plan plan = PLANNER.plan("avg number of tests per patient", TestCatalogs.labResults());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("sum((1)) / nullif(count(DISTINCT \"patient_id\"), 0)");
    }

    @Test
    void aResultMonthIsTheMonthOfTheResultedDate() {
        Plan plan = PLANNER.plan("tests by result month", TestCatalogs.labResults());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("resulted_at"));
        assertThat(plan.ignored()).isEmpty();
        Plan range = PLANNER.plan("first and last result date", TestCatalogs.labResults());
        assertThat(range.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(range.measure().name()).isEqualTo("resulted_at");
    }

    @Test
    void subscribersAreCountedByTheirKeyWhereRowsArePlays() {
        Plan most = PLANNER.plan("which age group has the most premium subscribers?", TestCatalogs.streams());
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(most.measure().name()).isEqualTo("user_id");
        Plan many = PLANNER.plan("how many premium subscribers", TestCatalogs.streams());
        assertThat(many.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(many.ignored()).isEmpty();
    }

    @Test
    void onRecordCountsNoRecords() {
        Plan plan = PLANNER.plan("highest creatinine value on record and which patient it was", TestCatalogs.labResults());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("result_value");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void accountsOfMonthlySnapshotsAreCountedOnceEach() {
        Plan share = PLANNER.plan("what pct of all accounts have ever churned", TestCatalogs.saasAccounts());
        assertThat(SqlWriter.write(share).sql())
                .contains("count(DISTINCT \"account_id\") FILTER (WHERE CAST(\"churned\" AS VARCHAR) = ?) / count(DISTINCT \"account_id\")");
        assertThat(share.notes()).anySatisfy(n -> assertThat(n).contains("1891 rows hold 165"));
        Plan count = PLANNER.plan("how many accounts churned", TestCatalogs.saasAccounts());
        assertThat(count.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(count.measure().name()).isEqualTo("account_id");
    }

    @Test
    void anAveragePerMonthOfMonthlySnapshotsIsPerRow() {
        Plan perMonth = PLANNER.plan("avg mrr per month, enterprise vs starter", TestCatalogs.saasAccounts());
        assertThat(perMonth.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("plan"));
        assertThat(perMonth.ignored()).isEmpty();
        Plan oneMonth = PLANNER.plan("median mrr per account in jun 2025", TestCatalogs.saasAccounts());
        assertThat(oneMonth.groups()).isEmpty();
        assertThat(oneMonth.aggregate()).isEqualTo(Aggregate.MEDIAN);
        Plan byMonth = PLANNER.plan("avg mrr by month", TestCatalogs.saasAccounts());
        assertThat(byMonth.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
    }

    @Test
    void twoMonthsComparedForGrowthAreAChange() {
        Plan plan = PLANNER.plan("yoy mrr growth, june 2025 vs june 2024, in pct", TestCatalogs.saasAccounts());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.change()).extracting(p -> p.from().toString()).containsExactly("2024-06-01", "2025-06-01");
        Plan side = PLANNER.plan("total mrr june 2025 vs june 2024", TestCatalogs.saasAccounts());
        assertThat(side.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
    }
}
