package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Words an analyst types about people who come and go: absences are the status "absent" and "unexcused" every status
 * but "excused"; school days are days; a student tardy "the most times" is counted, never summed; a gym's visits are of
 * the club visited; "checked in more than 15 times" sizes members; a visit's length runs from check-in to check-out,
 * an outage's from start to restore; "priority 1 vs priority 3" compares two groups.
 */
class AttendanceAndVisitsTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void absencesAreTheStatusAbsentAndTheMostOfThemAreCounted() {
        Plan plan = PLANNER.plan("which school has the most unexcused absences", TestCatalogs.schoolAttendance());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
        assertThat(plan.ignored()).isEmpty();
        var sql = SqlWriter.write(plan);
        assertThat(sql.params()).contains("absent").doesNotContain("present");
    }

    @Test
    void unexcusedIsEveryStatusButExcused() {
        Plan plan = PLANNER.plan("how many unexcused records", TestCatalogs.schoolAttendance());
        assertThat(plan.filters()).anySatisfy(f -> {
            assertThat(f).isInstanceOf(Filter.Values.class);
            assertThat(((Filter.Values) f).negated()).isTrue();
            assertThat(((Filter.Values) f).values()).containsExactly("Excused");
        });
    }

    @Test
    void schoolDaysAreDaysNotPairsOfASchoolAndADay() {
        Plan plan = PLANNER.plan("how many school days are in the data", TestCatalogs.schoolAttendance());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("attendance_date");
        Plan pairs = PLANNER.plan("how many student-days are there", TestCatalogs.schoolAttendance());
        assertThat(SqlWriter.write(pairs).sql()).contains("count(DISTINCT ((\"student_id\"");
    }

    @Test
    void theMostTimesCountsRows() {
        Plan plan = PLANNER.plan("which student was tardy the most times", TestCatalogs.schoolAttendance());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.measure()).isNull();
    }

    @Test
    void aShareOfRowsWithACodeIsOfRowsNeverASumOfCodes() {
        Plan plan = PLANNER.plan("what pct of all tardies have reason code BUS", TestCatalogs.schoolAttendance());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(plan).sql()).contains("count(*) FILTER (WHERE \"reason_code\" = ?) / count(*)")
                .doesNotContain("sum(");
    }

    @Test
    void aPercentOfBlanksIsAnsweredBesideTheirCount() {
        Plan plan = PLANNER.plan("pct of records with a blank reason code", TestCatalogs.schoolAttendance());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(SqlWriter.write(plan).sql()).contains("AS \"percent of rows\"");
    }

    @Test
    void aCountyIsNoCount() {
        assertThat(TestCatalogs.LEXICON.lemmas("county")).doesNotContain("count");
        assertThat(TestCatalogs.LEXICON.lemmas("rainy")).contains("rain");
        Plan plan = PLANNER.plan("avg customers affected by county", TestCatalogs.outages());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("region_county"));
    }

    @Test
    void twoNumberedValuesOfOneColumnAreComparedGroups() {
        Plan plan = PLANNER.plan("avg customers affected for priority 1 vs priority 3", TestCatalogs.outages());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("priority"));
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).values())
                .containsExactly("1", "3"));
    }

    @Test
    void anOutageLastsFromItsStartToItsRestore() {
        Plan plan = PLANNER.plan("which cause takes the longest to fix on avg", TestCatalogs.outages());
        assertThat(plan.measure().name()).isEqualTo("hours from started_at to restored_at");
        assertThat(plan.ignored()).isEmpty();
        Plan hours = PLANNER.plan("avg restore time in hrs", TestCatalogs.outages());
        assertThat(hours.measure().name()).isEqualTo("hours from started_at to restored_at");
        assertThat(hours.ignored()).isEmpty();
    }

    @Test
    void aVisitLastsFromCheckInToCheckOut() {
        Plan plan = PLANNER.plan("avg workout length in minutes", TestCatalogs.gymCheckins());
        assertThat(plan.measure().name()).isEqualTo("minutes from checkin_time to checkout_time");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void visitsAreOfTheClubVisited() {
        Plan plan = PLANNER.plan("which club gets the most visits?", TestCatalogs.gymCheckins());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("visited_club"));
        assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("also match"));
        Plan at = PLANNER.plan("median visit duration at the downtown club", TestCatalogs.gymCheckins());
        assertThat(at.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("visited_club"));
    }

    @Test
    void membersWhoCheckedInMoreThanFifteenTimes() {
        Plan plan = PLANNER.plan("how many members checked in more than 15 times", TestCatalogs.gymCheckins());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("HAVING count(*) > ?");
    }

    @Test
    void studentsWhoNeverHadAnAbsenceHaveNoneOfTheirRowsAbsent() {
        Plan plan = PLANNER.plan("how many students never had an unexcused absence", TestCatalogs.schoolAttendance());
        var sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("\"student_id\" NOT IN (SELECT \"student_id\" FROM");
        assertThat(sql.params()).containsExactly("excused", "absent");
        assertThat(sql.sql()).containsOnlyOnce("<> ?").containsOnlyOnce("= ?");
    }

    @Test
    void excusedAbsencesAreTheExcusedOnesNotTwoStatusesCompared() {
        Plan plan = PLANNER.plan("# of excused absences in october", TestCatalogs.schoolAttendance());
        assertThat(plan.groups()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).contains("excused").doesNotContain("absent");
    }

    @Test
    void theFirstOutageAndTheMostRecentOneAreTheDataRange() {
        Plan plan = PLANNER.plan("when was the first outage and the most recent one", TestCatalogs.outages());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aDeliveryIsStillOfDelivering() {
        assertThat(TestCatalogs.LEXICON.lemmas("delivery")).contains("deliver");
    }

    @Test
    void aGuestIsNoSuperlative() {
        assertThat(TestCatalogs.LEXICON.lemmas("guest")).containsExactly("guest");
        assertThat(TestCatalogs.LEXICON.lemmas("interest")).doesNotContain("inter");
        assertThat(TestCatalogs.LEXICON.lemmas("cheapest")).contains("cheap");
        Plan plan = PLANNER.plan("avg guest passes, premium vs plus members", TestCatalogs.gymCheckins());
        assertThat(plan.measure().name()).isEqualTo("guest_passes_used");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void fivePmOrLaterIsEveryHourFromFive() {
        Plan plan = PLANNER.plan("what share of checkins happen at 5pm or later", TestCatalogs.gymCheckins());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).contains(17, 23).doesNotContain(16);
    }

    @Test
    void hoursWorkedRunFromTimeInToTimeOut() {
        Plan plan = PLANNER.plan("total hours worked by worker", TestCatalogs.shifts());
        assertThat(plan.measure().name()).isEqualTo("hours from time_in to time_out");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theSingleLongestOutageIsOneRow() {
        Plan plan = PLANNER.plan("which region had the single longest outage", TestCatalogs.outages());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("hours from started_at to restored_at");
        assertThat(plan.ignored()).isEmpty();
    }
}
