package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.answer.Interpretation;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Met in heldout21 (podcast episodes, tenant leases, ferry crossings): two figures asked side by side, a number an
 * episode has within its show, a count column of other things, one show's name written several ways, and words of
 * the data's values that are also words about datasets.
 */
class SideBySideTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static Plan plan(String question) {
        return PLANNER.plan(question, TestCatalogs.podcastEpisodes());
    }

    private static String sql(Plan plan) {
        return SqlWriter.write(plan).sql();
    }

    @Test
    void twoFiguresOfTheSameGroupsAreGivenSideBySide() {
        Plan plan = plan("avg rating and # of episodes per show");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).hasSize(1);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.also()).hasSize(1);
        // each episode once: by its key, never by the number it has within its show
        assertThat(sql(plan)).contains("avg(\"rating\")").contains("count(DISTINCT \"episode_id\")").contains("GROUP BY")
                .doesNotContain("episode_number");
        assertThat(Interpretation.of(plan)).startsWith("Averaged rating and counted the distinct episode");
    }

    @Test
    void aHeadingBeforeAColonIsSaidOfBothFigures() {
        Plan plan = plan("per host: episodes and avg downloads");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("host"));
        assertThat(plan.also()).hasSize(1);
        assertThat(sql(plan)).contains("count(*)").contains("avg(\"downloads_30d\")");
    }

    @Test
    void aSecondFigureThatCannotStandBesideARankingIsReported() {
        Plan plan = plan("which show has the highest avg rating and downloads");
        assertThat(plan.ignored()).contains("downloads");
        assertThat(plan.also()).isEmpty();
    }

    @Test
    void valuesJoinedByAndAreNoTwoFigures() {
        Plan plan = plan("avg downloads for marcus hale and ravi menon");
        assertThat(plan.also()).isEmpty();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anEpisodesNumberWithinItsShowDoesNotCountEpisodes() {
        Plan plan = plan("which guest has been on the most episodes");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(sql(plan)).doesNotContain("episode_number");
        assertThat(sql(plan("number of episodes per show"))).doesNotContain("episode_number");
    }

    @Test
    void aCountOfOtherThingsIsNoWeightOfTheRows() {
        String sql = sql(plan("what pct of episodes had a guest on"));
        assertThat(sql).contains("count(*)").doesNotContain("guest_count");
    }

    @Test
    void aShowsNameWrittenSeveralWaysIsOneShow() {
        Plan plan = plan("which show gets the most downloads per episode on avg");
        assertThat(sql(plan)).contains("regexp_replace(lower(\"Show Name\")");
        assertThat(plan.notes()).anyMatch(n -> n.contains("counted as one"));
    }

    @Test
    void aWordOfStructureInsideAValueIsNoQuestionAboutColumns() {
        assertThat(plan("on avg how many days between deep field notes episodes").kind()).isNotEqualTo(Plan.Kind.SHAPE);
        assertThat(plan("how many columns are there").kind()).isEqualTo(Plan.Kind.SHAPE);
    }

    @Test
    void theOtherSideOfAFlagEndsWithItsOwnWord() {
        Plan plan = plan("avg downloads explicit vs no explicit, episodes from 2023");
        assertThat(SqlWriter.write(plan).params()).contains("no explicit").doesNotContain("no explicit episodes");
    }

    @Test
    void aCountWordThatEndsAColumnsNameAsksNoCount() {
        Plan plan = plan("top 3 hosts by avg guest count");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("guest_count");
    }

    @Test
    void aFigureOfEachThingCountedBesideItIsTakenOncePerThing() {
        Plan plan = plan("by host: number of shows and their total followers");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.also()).hasSize(1);
        assertThat(sql(plan)).contains("count(DISTINCT").contains("sum(\"Show Followers\")")
                .contains("QUALIFY row_number() OVER (PARTITION BY");
    }

    @Test
    void allTheThingsOfALevelAreEachTakenOnce() {
        assertThat(sql(plan("how many followers do all the shows have combined"))).contains("QUALIFY row_number()");
        assertThat(sql(plan("total followers across all shows"))).contains("QUALIFY row_number()");
    }

    @Test
    void aSuperlativeBeforeANameThatRepeatsRanksItsGroups() {
        Plan plan = plan("lowest rated show on average?");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Show Name"));
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(sql(plan)).contains("ASC");
    }

    @Test
    void aVerbOfOppositeMeaningSaysAFlagIsNo() {
        Plan failed = PLANNER.plan("# batches that failed qc", TestCatalogs.bakeryBatches());
        assertThat(failed.ignored()).isEmpty();
        assertThat(failed.filters()).singleElement().satisfies(f -> {
            assertThat(f.column().name()).isEqualTo("qcPassed");
            assertThat(((Filter.Values) f).negated()).isTrue();
        });
        Plan rate = PLANNER.plan("failure rate of qc by branch", TestCatalogs.bakeryBatches());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(rate.filters()).filteredOn(f -> f.column().name().equals("qcPassed")).singleElement()
                .satisfies(f -> assertThat(((Filter.Values) f).negated()).isTrue());
        Plan passed = PLANNER.plan("how many batches passed qc", TestCatalogs.bakeryBatches());
        assertThat(passed.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).negated()).isFalse());
    }

    @Test
    void theTimeBetweenRowsIsEachRowsTimeSinceTheOneBefore() {
        Plan plan = plan("on avg how many days between deep field notes episodes");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        String sql = sql(plan);
        // the gaps are between the show's own episodes: its rows are kept before each is set beside the one before
        assertThat(sql).contains("date_diff('day', lag(\"release_date\") OVER (ORDER BY \"release_date\"), \"release_date\")")
                .containsPattern("FROM \\(SELECT \\*, .* FROM \"podcast_episodes\" WHERE .*\"Show Name\"");
        Plan perShow = plan("avg time between episodes per show");
        assertThat(sql(perShow)).contains("OVER (PARTITION BY");
        assertThat(sql(plan("how many episodes between march and june 2024"))).doesNotContain("lag(");
    }

    @Test
    void aLengthOfTimeWrittenAsTextIsMinutes() {
        Plan plan = PLANNER.plan("avg match duration in minutes", TestCatalogs.esportsMatches());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.measure().unit()).isEqualTo("min");
        assertThat(sql(plan)).contains("split_part(trim(\"duration\"), ':', 1)");
        Plan byMap = PLANNER.plan("median game duration by map", TestCatalogs.esportsMatches());
        assertThat(byMap.aggregate()).isEqualTo(Aggregate.MEDIAN);
    }

    @Test
    void aTotalOfWhatEachThingHasCountsEachThingOnce() {
        String sql = sql(plan("total followers by host"));
        assertThat(sql).contains("QUALIFY row_number() OVER (PARTITION BY").contains("\"host\"");
        // a total of what each row adds is left as it is
        assertThat(sql(plan("total downloads by host"))).doesNotContain("row_number()");
    }

    @Test
    void aVerbOfTheRowsBeforeAPeriodNamesNoNumberColumn() {
        Plan plan = PLANNER.plan("how many sessions started before 7am", TestCatalogs.chargingSessions());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).doesNotContain("soc_start_pct").contains("hour(\"plug_in_time\")");
    }

    @Test
    void peopleNothingNamesAreTheDatasOneKeyOfPeople() {
        Plan plan = PLANNER.plan("how many unique drivers", TestCatalogs.chargingSessions());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("count(DISTINCT \"userId\")");
        assertThat(plan.notes()).anyMatch(n -> n.contains("one key of people"));
        // one of them, after "per": each driver in turn
        Plan each = PLANNER.plan("avg kwh per driver", TestCatalogs.chargingSessions());
        assertThat(each.ignored()).isEmpty();
        assertThat(sql(each)).contains("/ nullif(count(DISTINCT \"userId\"), 0)");
    }

    @Test
    void aVolumeIsGivenInTheUnitAsked() {
        Plan plan = PLANNER.plan("total volume in liters", TestCatalogs.chargingSessions());
        assertThat(plan.ignored()).isEmpty();
        assertThat(sql(plan)).contains("\"volume_ml\" / 1000.0");
    }

    @Test
    void aYesOrNoCountedByPeriodCountsEveryPeriod() {
        Plan plan = PLANNER.plan("failed qc batches by month", TestCatalogs.bakeryBatches());
        // a month with no failure is a 0, not a month left out
        assertThat(sql(plan)).contains("count(*) FILTER (WHERE").doesNotContain("FROM \"bakery_batches\" WHERE CAST(");
    }

    @Test
    void mayAfterAPrepositionIsTheMonth() {
        Plan plan = PLANNER.plan("how many batches in may", TestCatalogs.bakeryBatches());
        assertThat(plan.filters()).anyMatch(f -> f instanceof Filter.During);
        assertThat(PLANNER.plan("which batches may have failed qc", TestCatalogs.bakeryBatches()).filters())
                .noneMatch(f -> f instanceof Filter.During);
    }

    @Test
    void theLastDaysOrMonthsAreAStretchOfTheDatasTime() {
        Plan months = plan("how many episodes in the last 3 months");
        assertThat(months.limit()).isNull();
        assertThat(months.filters()).singleElement().isInstanceOf(Filter.During.class);
        Plan weeks = plan("total downloads in the last 2 weeks");
        assertThat(weeks.limit()).isNull();
        assertThat(SqlWriter.write(weeks).params()).contains("2024-12-18");
    }

    @Test
    void aUnitSaidWithAFigureStaysWithIt() {
        Plan plan = PLANNER.plan("by map: avg duration in min and avg kills", TestCatalogs.esportsMatches());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.also()).hasSize(1);
        assertThat(sql(plan)).contains("avg(\"kills\")");
    }

    @Test
    void theFigureTheGroupsWerePickedByIsShownBesideTheOneAsked() {
        Plan plan = plan("for the 3 hosts with the most episodes, whats their avg downloads");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.also()).singleElement().satisfies(p -> assertThat(p.aggregate()).isEqualTo(Aggregate.COUNT));
        assertThat(sql(plan)).contains("avg(\"downloads_30d\")").contains("count(*) AS \"episodes\"").contains("LIMIT 3");
    }

    @Test
    void aQuestionOfManyJoinersIsReadWhole() {
        // each split reads the question twice more: a long list is read once, whole, and says what it left out
        Plan plan = plan("avg rating, downloads, followers, guests, hosts, shows and episodes by host");
        assertThat(plan.also()).isEmpty();
    }

    @Test
    void aNumberWrittenAsTheNameWritesItIsPartOfTheName() {
        for (String q : new String[] {"avg 30d downloads per show", "total 30 day downloads"}) {
            Plan plan = plan(q);
            assertThat(plan.ignored()).as(q).isEmpty();
            assertThat(plan.measure().name()).as(q).isEqualTo("downloads_30d");
        }
        // a number before the name's own word is a number compared
        Plan compared = plan("episodes with more than 30 downloads");
        assertThat(compared.filters()).singleElement().isEqualTo(new Filter.Compare(compared.filters().get(0).column(), ">", 30));
    }
}
