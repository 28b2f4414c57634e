package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** The time from a start to an end held in two columns, asked as "how long", "the longest", "time to close", "reign". */
class ElapsedTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static String sql(Plan plan) {
        return SqlWriter.write(plan).sql();
    }

    @Test
    void aNounForAStretchOfTimeIsTheYearsFromStartToEnd() {
        Plan longest = PLANNER.plan("which monarch had the longest reign", TestCatalogs.monarchs());
        assertThat(longest.ignored()).isEmpty();
        assertThat(longest.aggregate()).isEqualTo(Aggregate.MAX);
        assertThat(sql(longest)).contains("ORDER BY (\"end\" - \"start\") DESC");
        Plan average = PLANNER.plan("avg reign length", TestCatalogs.monarchs());
        assertThat(average.ignored()).isEmpty();
        assertThat(sql(average)).contains("avg((\"end\" - \"start\"))");
        Plan one = PLANNER.plan("how long did elizabeth reign", TestCatalogs.monarchs());
        assertThat(one.ignored()).isEmpty();
        assertThat(SqlWriter.write(one).params()).containsExactly("Elizabeth");
    }

    @Test
    void timestampsAreHoursUnlessTheQuestionSaysAnotherUnit() {
        Plan byPriority = PLANNER.plan("avg resolution time by priority", TestCatalogs.tickets());
        assertThat(byPriority.ignored()).isEmpty();
        assertThat(sql(byPriority)).contains("date_diff('second', \"Opened At\", \"Closed At\") / 3600.0")
                .contains("GROUP BY \"priority\"");
        assertThat(byPriority.notes()).anyMatch(n -> n.contains("no Closed At yet (57)"));
        Plan days = PLANNER.plan("median time to close in days", TestCatalogs.tickets());
        assertThat(days.ignored()).isEmpty();
        assertThat(sql(days)).contains("median((date_diff('second', \"Opened At\", \"Closed At\") / 86400.0))");
        Plan asked = PLANNER.plan("how long does it take to close a ticket on average", TestCatalogs.tickets());
        assertThat(asked.ignored()).isEmpty();
        assertThat(asked.aggregate()).isEqualTo(Aggregate.AVG);
        Plan fastest = PLANNER.plan("which channel has the fastest resolution", TestCatalogs.tickets());
        assertThat(fastest.ignored()).isEmpty();
        assertThat(sql(fastest)).contains("ASC NULLS LAST) <= 1");
    }

    @Test
    void theLongestOrShortestNamesItsRowWithTheTimeBesideIt() {
        Plan shortest = PLANNER.plan("shortest reign?", TestCatalogs.monarchs());
        assertThat(shortest.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(sql(shortest)).startsWith("SELECT *, (\"end\" - \"start\") AS \"years from start to end\"");
        Plan commonwealth = PLANNER.plan("how long did the commonwealth period last", TestCatalogs.monarchs());
        assertThat(commonwealth.kind()).isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(commonwealth.ignored()).isEmpty();
        assertThat(sql(commonwealth)).contains("(\"end\" - \"start\")").contains("\"commonwealth\"");
    }

    @Test
    void theVerbOfADateColumnSaysWhichDateAPeriodIsOf() {
        Plan closed = PLANNER.plan("how many tickets were closed in 2024", TestCatalogs.tickets());
        assertThat(closed.ignored()).isEmpty();
        assertThat(sql(closed)).contains("\"Closed At\" >= CAST(? AS DATE)").doesNotContain("\"status\"");
        // "opened" names the date, never the status Open; "to close" is a verb, never the status Closed
        Plan opened = PLANNER.plan("avg hours to close for tickets opened in 2025", TestCatalogs.tickets());
        assertThat(opened.ignored()).isEmpty();
        assertThat(sql(opened)).contains("\"Opened At\" >= CAST(? AS DATE)").doesNotContain("\"status\"");
        assertThat(sql(PLANNER.plan("how many tickets are open", TestCatalogs.tickets()))).contains("\"status\" = ?");
    }

    @Test
    void aDateVerbNegatedKeepsTheRowsWithNoSuchDateYet() {
        Plan open = PLANNER.plan("how many tickets havent been closed yet", TestCatalogs.tickets());
        assertThat(open.ignored()).isEmpty();
        assertThat(sql(open)).contains("WHERE \"Closed At\" IS NULL").doesNotContain("\"status\"");
    }

    @Test
    void anEventHappenedWhenItsDateIsThere() {
        Plan rate = PLANNER.plan("churn rate by plan", TestCatalogs.subscriptions());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(rate.ignored()).isEmpty();
        assertThat(sql(rate)).contains("count(*) FILTER (WHERE \"churn_date\" IS NOT NULL) / count(*)");
        assertThat(sql(PLANNER.plan("how many customers churned", TestCatalogs.subscriptions())))
                .contains("WHERE \"churn_date\" IS NOT NULL");
        // a period of a date some rows lack picks the part: the share is of every customer
        assertThat(sql(PLANNER.plan("what share of customers churned in 2025", TestCatalogs.subscriptions())))
                .contains("count(*) FILTER (WHERE \"churn_date\" >= CAST(? AS DATE)").endsWith("FROM \"subscriptions\"");
        assertThat(PLANNER.plan("churn rate by plan", TestCatalogs.subscriptions()).notes()).isEmpty();
    }

    @Test
    void withoutAStartAndAnEndTheWordsAreLeftUnplaced() {
        assertThat(PLANNER.plan("avg reign length", TestCatalogs.penguins()).ignored()).contains("reign");
    }

    @Test
    void theDatesAQuestionNamesAreTheTimesEndsInTheOrderTheDataHoldsThem() {
        Plan lead = PLANNER.plan("avg lead time in days between booking and arrival", TestCatalogs.bookings());
        assertThat(lead.ignored()).isEmpty();
        assertThat(sql(lead)).contains("CAST(\"booking_date\" AS DATE), CAST(\"Arrival Date\" AS DATE)");
        // "before arrival … cancel": the cancellation comes first in the data, and "cancel" is still the status
        Plan cancel = PLANNER.plan("how many days before arrival do guests cancel on average", TestCatalogs.bookings());
        assertThat(sql(cancel)).contains("CAST(\"Cancellation Date\" AS DATE), CAST(\"Arrival Date\" AS DATE)")
                .contains("\"Status\" = ?");
        Plan listing = PLANNER.plan("avg days from booking to departure", TestCatalogs.bookings());
        assertThat(sql(listing)).contains("CAST(\"booking_date\" AS DATE), CAST(\"departure_date\" AS DATE)");
    }

    @Test
    void oneDateNamedIsTheEndOfTheTimeFromTheRowsFirstDate() {
        Plan first = PLANNER.plan("median time to first response by priority, in minutes", TestCatalogs.helpdesk());
        assertThat(first.ignored()).isEmpty();
        assertThat(sql(first)).contains("median((date_diff('second', \"Opened At\", \"First Response At\") / 60.0))");
        Plan resolve = PLANNER.plan("avg hours to resolve", TestCatalogs.helpdesk());
        assertThat(sql(resolve)).contains("date_diff('second', \"Opened At\", \"Resolved At\") / 3600.0");
    }

    @Test
    void withNoDateNamedAndOthersTheTimeCouldSpanTheAnswerSaysWhichItTook() {
        Plan stay = PLANNER.plan("how long do guests stay on avg", TestCatalogs.bookings());
        assertThat(sql(stay)).contains("CAST(\"Arrival Date\" AS DATE), CAST(\"departure_date\" AS DATE)");
        assertThat(stay.guessed()).isTrue();
        assertThat(stay.notes()).anyMatch(n -> n.contains("booking_date could also be meant"));
        // the rows' noun is not the date that shares its word: "sales" is Sale ID, never sale_date's end
        Plan sales = PLANNER.plan("how many bookings closed", TestCatalogs.bookings());
        assertThat(sql(sales)).doesNotContain("date_diff");
    }

    @Test
    void theDataOnlyTwoDatesAreTheStartAndEndWhateverTheirNames() {
        Plan stay = PLANNER.plan("avg length of stay in days for dogs", TestCatalogs.shelterStays());
        assertThat(stay.ignored()).isEmpty();
        assertThat(sql(stay)).contains("date_diff('second', \"intake_ts\", \"outcome_ts\") / 86400.0");
        assertThat(stay.notes()).anyMatch(n -> n.contains("no outcome_ts yet (19)"));
        Plan longest = PLANNER.plan("which breed has the longest avg stay", TestCatalogs.shelterStays());
        assertThat(longest.ignored()).isEmpty();
        assertThat(sql(longest)).contains("GROUP BY \"animal_breed\"");
        Plan between = PLANNER.plan("median time between intake and outcome, in hours", TestCatalogs.shelterStays());
        assertThat(between.measure().name()).isEqualTo("hours from intake_ts to outcome_ts");
        assertThat(between.aggregate()).isEqualTo(Aggregate.MEDIAN);
        // no second end: the time from each intake to the one before it
        assertThat(PLANNER.plan("avg days between intakes", TestCatalogs.shelterStays()).measure().name())
                .isEqualTo("days since the previous intake_ts");
    }

    @Test
    void aRatePerHourHoldsNoTimeAndItsPerWordGroups() {
        Plan plan = PLANNER.plan("avg turnaround hrs per machine", TestCatalogs.printJobs("price"));
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().name()).isEqualTo("hours from submitted_at to completed_at");
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("machine"));
    }

    @Test
    void theEndsNamedAreOfOneKindAndLatenessIsByTheClock() {
        Plan running = PLANNER.plan("avg running time departure to arrival, mins", TestCatalogs.busTrips());
        assertThat(running.measure().name()).isEqualTo("minutes from actual_departure to actual_arrival");
        Plan delay = PLANNER.plan("avg departure delay by fuel type", TestCatalogs.busTrips());
        assertThat(delay.ignored()).isEmpty();
        assertThat(sql(delay)).contains("date_diff('second', \"Sched Departure\", \"actual_departure\") / 60.0");
        Plan onTime = PLANNER.plan("on time rate by depot", TestCatalogs.busTrips());
        assertThat(sql(onTime)).contains("(\"actual_departure\" <= \"Sched Departure\")");
    }
}
