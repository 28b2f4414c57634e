package io.insightx.orchestrator.agent.offline;

import static io.insightx.orchestrator.agent.offline.Plans.plan;
import static io.insightx.orchestrator.agent.offline.Plans.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * What real exports do that tidy data does not, each met in a held-aside set: a yes or no written six ways, lists in
 * a cell, rows whose worth is their amount, keys the rows repeat, rates of bad events, a date named before its grain.
 */
class ExportQuirksTest {

    @Test
    void aFlagWrittenSeveralWaysCountsEverySpellingOfYes() {
        Plan plan = plan("which dept has the most overtime entries", TestCatalogs.timesheets());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("overtime"));
        String sql = SqlWriter.write(plan).sql();
        assertThat(sql).contains("lower(trim(\"overtime\")) IN ('yes', 'y', 'true', 't', '1')");
        assertThat(plan.notes()).anyMatch(n -> n.contains("\"Y\", \"yes\", \"Yes\" are read as yes"));
        Plan flagged = plan("# of entries flagged as overtime", TestCatalogs.timesheets());
        assertThat(flagged.ignored()).isEmpty();
        assertThat(flagged.filters()).hasSize(1);
    }

    @Test
    void aListInACellIsFilteredByWhatItHoldsAndGroupedByEachValue() {
        Plan bugs = plan("how many PRs have the bug label", TestCatalogs.pullRequests());
        assertThat(bugs.ignored()).isEmpty();
        var sql = SqlWriter.write(bugs);
        assertThat(sql.sql()).contains("list_has_any(\"labels\", [?])");
        assertThat(sql.params()).containsExactly("bug");
        Plan byLabel = plan("how many PRs by label", TestCatalogs.pullRequests());
        assertThat(SqlWriter.write(byLabel).sql())
                .contains("FROM (SELECT * REPLACE (unnest(\"labels\") AS \"labels\") FROM \"pull_requests\")")
                .contains("GROUP BY \"labels\"");
    }

    @Test
    void rowsNamedByTheirInitialsAndTheActThatMadeThemAreTheRows() {
        Plan opened = plan("which author opened the most PRs", TestCatalogs.pullRequests());
        assertThat(opened.ignored()).isEmpty();
        assertThat(opened.filters()).isEmpty(); // every PR was opened: no "state = open"
        assertThat(opened.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("author_login"));
        Plan open = plan("how many PRs are still open", TestCatalogs.pullRequests());
        assertThat(open.filters()).singleElement().isEqualTo(new Filter.Values(open.filters().get(0).column(),
                java.util.List.of("open"), false));
    }

    @Test
    void aBareNumberThatDiffersOnEveryRowIsTheRowsKeyNotACount() {
        Plan merged = plan("how many PRs were merged", TestCatalogs.githubPulls());
        assertThat(merged.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(SqlWriter.write(merged).sql()).doesNotContain("sum(").contains("\"merged_at\" IS NOT NULL");
    }

    @Test
    void theWordAskedForNamesColumnsNotAValueAndTheActOfOpeningIsNoStatus() {
        Plan most = plan("which user has the most PRs", TestCatalogs.githubPulls());
        assertThat(most.filters()).isEmpty();
        assertThat(most.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("user_login"));
        Plan did = plan("how many PRs did dev18 open", TestCatalogs.githubPulls());
        assertThat(did.ignored()).isEmpty();
        assertThat(did.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("user_login"));
    }

    @Test
    void aUnitAfterInIsTheTimesUnitNotAPeriodOfItsDate() {
        Plan plan = plan("avg time to merge in hours", TestCatalogs.githubPulls());
        assertThat(plan.measure().formula()).contains("\"merged_at\"").doesNotContain("closed_at");
        assertThat(plan.filters()).isEmpty();
    }

    @Test
    void aValuesLastWordMatchesTheWordMadeFromIt() {
        Plan plan = plan("avg additions of non squashable PRs", TestCatalogs.pullRequests());
        assertThat(plan.filters()).singleElement().isEqualTo(new Filter.Values(plan.filters().get(0).column(),
                java.util.List.of("Non Squash"), false));
    }

    @Test
    void theWorthOfTheRowsIsTheirAmountTheirTotalIsTheirCount() {
        Plan value = plan("total value of winning bids between apr 1 and jun 30 2025", TestCatalogs.auctionBids());
        assertThat(value.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(value.measure().name()).isEqualTo("amount");
        assertThat(value.ignored()).isEmpty();
        Plan avg = plan("which category has the highest avg winning bid", TestCatalogs.auctionBids());
        assertThat(avg.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(avg.measure().name()).isEqualTo("amount");
        Plan total = plan("total bids", TestCatalogs.auctionBids());
        assertThat(total.aggregate()).isEqualTo(Aggregate.COUNT);
    }

    @Test
    void thingsTheRowsRepeatAreCountedOnceWhenTheyLackAValue() {
        Plan lots = plan("how many lots have no reserve price", TestCatalogs.auctionBids());
        assertThat(lots.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(lots.measure().name()).isEqualTo("lot_id");
        assertThat(lots.filters()).singleElement().isInstanceOf(Filter.Lacking.class);
        Plan bids = plan("how many bids have no reserve price", TestCatalogs.auctionBids());
        assertThat(bids.kind()).isEqualTo(Plan.Kind.MISSING);
    }

    @Test
    void theWorstRateOfABadEventIsTheHighestAndOfAnUnknownOneAGuess() {
        Plan worst = plan("which city has the worst no-show rate", TestCatalogs.vetAppointments());
        assertThat(worst.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(worst.descending()).isTrue();
        assertThat(worst.guessed()).isFalse();
        Plan best = plan("which city has the best no-show rate", TestCatalogs.vetAppointments());
        assertThat(best.descending()).isFalse();
    }

    @Test
    void aStepNotYetSignedOffIsTheRowsWithoutItsSigner() {
        for (String q : java.util.List.of("how many timesheet entries are still pending approval?", "unapproved entries",
                "entries not yet approved")) {
            Plan plan = plan(q, TestCatalogs.timesheets());
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(plan.filters()).as(q).singleElement().isEqualTo(new Filter.Lacking(plan.filters().get(0).column()));
        }
        Plan approved = plan("how many approved entries", TestCatalogs.timesheets());
        assertThat(approved.filters()).singleElement().isInstanceOf(Filter.Recorded.class);
        Plan who = plan("who approved the most entries", TestCatalogs.timesheets());
        assertThat(who.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("approved_by"));
    }

    @Test
    void aNounForAQuantityNamesTheColumnOfItsUnit() {
        Plan plan = plan("monthly generation totals", TestCatalogs.solarReadings());
        assertThat(plan.measure().name()).isEqualTo("energy_kwh");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.notes()).anyMatch(n -> n.contains("one quantity of energy"));
    }

    /** "per site" over site_id and site_name, one name for each key: the sites by their keys, named. */
    @Test
    void anAverageOfOnePeriodPerKeyIsPerRowAndAKeyWithItsNameIsNoGuess() {
        Plan each = plan("avg daily output per site", TestCatalogs.solarReadings());
        assertThat(each.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(each.groups()).extracting(g -> g.column().name()).contains("site_id");
        assertThat(sql(each)).contains("mode(trim(\"site_name\"))");
        assertThat(each.guessed()).isFalse();
        Plan compared = plan("north vs south avg daily output per site", TestCatalogs.solarReadings());
        assertThat(compared.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(compared.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("region"));
    }

    @Test
    void valuesJoinedByOrAreOneSetNotAComparison() {
        Plan plan = plan("which site had the most fault or offline readings", TestCatalogs.solarReadings());
        assertThat(plan.groups()).extracting(g -> g.column().name()).doesNotContain("inverter_status");
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).values())
                .containsExactly("fault", "offline"));
    }

    @Test
    void hoursWorkedAreTheTimeFromClockInToOutAddedUpAndNetOfBreaks() {
        Plan top = plan("top 5 employees by hours worked", TestCatalogs.timesheets());
        assertThat(top.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(top.measure().formula()).contains("\"clock_in\"", "\"clock_out\"");
        Plan net = plan("total hrs worked by engineering in march 2025, net of breaks", TestCatalogs.timesheets());
        assertThat(net.ignored()).isEmpty();
        assertThat(net.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(net.measure().formula()).contains("/ 3600.0 - coalesce(\"break_minutes\", 0) * 0.01666");
        assertThat(net.filters()).hasSize(2); // the department and march, of the work date
    }

    @Test
    void aChangeFromAPeriodTheDataDoesNotHoldIsSaidNotComputed() {
        Plan plan = plan("yoy growth in generation 2024 vs 2025", TestCatalogs.solarReadings());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(plan.notes()).anyMatch(n -> n.contains("The data holds no rows for 2024"));
    }

    @Test
    void twoValuesJoinedByOrAtTheEndAreAChoiceToCompare() {
        Plan plan = plan("which has more readings, north or south", TestCatalogs.solarReadings());
        assertThat(plan.groups()).extracting(g -> g.column().name()).contains("region");
    }

    @Test
    void aMeasureRepeatedOnEveryRowOfAThingCountsOncePerThing() {
        Plan total = plan("total capacity by region", TestCatalogs.solarReadings());
        assertThat(SqlWriter.write(total).sql()).contains("QUALIFY row_number() OVER (PARTITION BY \"site_id\", \"region\") = 1");
        assertThat(total.notes()).anyMatch(n -> n.contains("capacity_kw is the same on every row of a site_id"));
        Plan rate = plan("avg hourly rate by department (count each employee once)", TestCatalogs.timesheets());
        assertThat(rate.ignored()).isEmpty();
        assertThat(rate.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("department"));
        assertThat(SqlWriter.write(rate).sql()).contains("PARTITION BY \"employee_name\", \"department\"");
        Plan energy = plan("total energy by region", TestCatalogs.solarReadings());
        assertThat(SqlWriter.write(energy).sql()).doesNotContain("row_number()");
    }

    @Test
    void aDateNamedBeforeItsGrainIsGroupedByThatGrain() {
        Plan plan = plan("avg break minutes per work date by weekday", TestCatalogs.timesheets());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("work_date");
            assertThat(g.grain()).isEqualTo(Grain.WEEKDAY);
        });
    }
}
