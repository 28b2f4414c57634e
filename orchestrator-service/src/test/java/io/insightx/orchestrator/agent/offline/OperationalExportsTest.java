package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Group;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What operational exports hold, each met in a held-aside set: a task created, started and completed (its work and
 * its wait are different times), a key per row under another noun than the file's ("trips" of rides.csv), and a
 * yes/no compared in the question's own words ("surge vs non-surge").
 */
class OperationalExportsTest {

    @Test
    void theTimeOfAPickRunsFromItsStartNotFromItsCreation() {
        Plan plan = plan("which zone has the slowest avg pick time", TestCatalogs.pickingTasks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.measure().name()).isEqualTo("hours from startedAt to completedAt");
        assertThat(plan.descending()).isTrue();
    }

    @Test
    void aWaitRunsFromCreationToTheStartItIsSaidToComeBefore() {
        Plan plan = plan("avg wait before a task starts", TestCatalogs.pickingTasks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("hours from createdAt to startedAt");
    }

    @Test
    void aStartTimeIsTheMomentWorkStartedNotATimeTaken() {
        Plan plan = plan("tasks by weekday (by start time)", TestCatalogs.pickingTasks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.grain()).isEqualTo(Grain.WEEKDAY);
            assertThat(g.column().name()).isEqualTo("startedAt");
        });
    }

    @Test
    void aYesOrNoComparedInTheQuestionsWordsNamesItsGroupsSo() {
        Plan plan = plan("avg wait in mins, priority vs normal", TestCatalogs.pickingTasks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.sides()).isEqualTo(new Group.Sides("priority", "normal")));
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("CASE WHEN CAST(any_value(\"isPriority\") AS VARCHAR) = ? THEN ? ELSE ? END");
        assertThat(sql.params()).startsWith("Y", "priority", "normal");

        Plan brand = plan("avg tip: non-surge vs surge", TestCatalogs.hailedRides());
        assertThat(brand.groups()).singleElement().satisfies(g -> assertThat(g.sides()).isEqualTo(new Group.Sides("surge", "non-surge")));
    }

    @Test
    void nonNegatesOnlyTheWordItPrefixes() {
        Plan plan = plan("avg tip surge vs non-surge completed trips", TestCatalogs.hailedRides());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("tip_usd");
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOfSatisfying(Filter.Values.class, v -> assertThat(v.negated()).isFalse());
            assertThat(f.column().name()).isEqualTo("status");
        });
    }

    @Test
    void theNounOfTheKeyEveryRowHasNamesTheRows() {
        Plan count = plan("how many trips", TestCatalogs.hailedRides());
        assertThat(count.aggregate()).isEqualTo(Aggregate.COUNT);
        Plan once = plan("how many riders have exactly one completed trip", TestCatalogs.hailedRides());
        assertThat(once.ignored()).isEmpty();
        assertThat(SqlWriter.write(once).sql()).contains("\"rider_id\" IN (SELECT \"rider_id\" FROM \"rides\" WHERE "
                + "\"status\" = ? GROUP BY \"rider_id\" HAVING count(*) = ?)");
        Plan top = plan("for the 3 drivers with the most completed trips, whats their avg rating", TestCatalogs.hailedRides());
        assertThat(top.ignored()).isEmpty();
        assertThat(top.guessed()).isFalse(); // "drivers" are the drivers, not their rating
        assertThat(top.filters()).anyMatch(f -> f instanceof Filter.TopGroups);
    }

    @Test
    void aWordSeveralValuesStartWithNamesThemAllAsOneSet() {
        Plan rate = plan("cancellation rate by vehicle type", TestCatalogs.hailedRides());
        assertThat(rate.ignored()).isEmpty();
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        Plan count = plan("how many cancelled trips", TestCatalogs.hailedRides());
        assertThat(count.groups()).isEmpty();
        assertThat(count.filters()).singleElement().isInstanceOfSatisfying(Filter.Values.class,
                v -> assertThat(v.values()).containsExactlyInAnyOrder("cancelled_rider", "cancelled_driver"));
    }

    @Test
    void theNounAYesOrNoQualifiesIsNoFigure() {
        Plan plan = plan("what pct of completed trips had surge pricing?", TestCatalogs.hailedRides());
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.measure()).isNull();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
    }

    @Test
    void aVerbSaysTheNounAColumnIsMadeOf() {
        Plan plan = plan("median lines added per PR", TestCatalogs.pullRequests());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.MEDIAN);
        assertThat(plan.measure().name()).isEqualTo("additions");
    }

    @Test
    void wordsBeforeArithmeticInParenthesesNameIt() {
        Plan plan = plan("total pay (fare + tip) by vehicle type", TestCatalogs.hailedRides());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("sum((\"fare_usd\" + coalesce(\"tip_usd\", 0)))");
        assertThat(plan.notes()).anyMatch(n -> n.contains("a blank tip_usd counted as 0"));
    }

    @Test
    void aVerbAfterTheGrainAskedSaysWhichDate() {
        Plan plan = plan("what hour of the day do most tasks start", TestCatalogs.pickingTasks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).isEmpty(); // "day" is the grain's, no shift
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY);
            assertThat(g.column().name()).isEqualTo("startedAt");
        });
    }

    @Test
    void aUnitSaidWithTwoDatesIsTheTimesUnitNotAColumnOfDays() {
        Plan plan = plan("on avg how many days after the fill date do people pick up (calendar days)?", TestCatalogs.pharmacyFills());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("days from Fill Date to Picked Up At");
        assertThat(plan(("avg days supply"), TestCatalogs.pharmacyFills()).measure().name()).isEqualTo("Days Supply");
    }
}
