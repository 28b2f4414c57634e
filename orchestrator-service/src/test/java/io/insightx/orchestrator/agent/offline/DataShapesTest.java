package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Shapes of data the development sets lacked, each met in a held-aside set answered confidently wrong: rows that are
 * events named by their date, values that are negations, thresholds in percent, timestamps kept as text, and a
 * month asked of data whose time is a year number.
 */
class DataShapesTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    private static Plan plan(String question, io.insightx.orchestrator.agent.offline.link.Catalog catalog) {
        return PLANNER.plan(question, catalog);
    }

    @Test
    void theEventARowRecordsIsCountedNotTakenForAValueOfTheSameWord() {
        Plan byRace = plan("deaths by race", TestCatalogs.riots());
        assertThat(byRace.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(byRace.filters()).isEmpty(); // not "where type is Death": every row is a death
        assertThat(byRace.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("race"));
        assertThat(byRace.ignored()).isEmpty();
        Plan which = plan("which neighborhood had the most deaths", TestCatalogs.riots());
        assertThat(which.filters()).isEmpty();
        assertThat(which.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("neighborhood"));
        assertThat(which.limit()).isEqualTo(1);
    }

    @Test
    void aWordThatLeadsToAValueIsNotTheNegatedValueItsRestMatches() {
        Plan r = plan("what % of films are rated R?", TestCatalogs.ratedFilms());
        assertThat(r.filters()).singleElement().isEqualTo(new Filter.Values(r.filters().get(0).column(), List.of("R"), false));
        assertThat(r.ignored()).isEmpty();
        Plan notR = plan("share of films not rated R or PG", TestCatalogs.ratedFilms());
        assertThat(notR.filters()).singleElement()
                .isEqualTo(new Filter.Values(notR.filters().get(0).column(), List.of("R", "PG"), true));
        Plan unrated = plan("how many films are not rated", TestCatalogs.ratedFilms());
        assertThat(unrated.filters()).singleElement()
                .isEqualTo(new Filter.Values(unrated.filters().get(0).column(), List.of("Not Rated"), false));
    }

    @Test
    void aValueThatIsANegationIsNamedByWhatItNegates() {
        Plan related = plan("how many of the deaths were riot related", TestCatalogs.riots());
        assertThat(related.filters()).singleElement().satisfies(f -> {
            assertThat(f).isEqualTo(new Filter.Values(f.column(), java.util.List.of("Not riot-related"), true));
        });
        assertThat(related.ignored()).isEmpty();
        Plan not = plan("how many deaths were not riot related", TestCatalogs.riots());
        assertThat(not.filters()).singleElement().satisfies(f -> assertThat(((Filter.Values) f).negated()).isFalse());
    }

    @Test
    void aThresholdInPercentIsOnTheRateNotOnTheNumberNearestIt() {
        Plan plan = plan("in how many months was construction unemployment above 10%", TestCatalogs.unemployment());
        assertThat(plan.filters()).anySatisfy(f -> {
            assertThat(f).isInstanceOf(Filter.Compare.class);
            assertThat(f.column().name()).isEqualTo("rate");
        });
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("month"));
    }

    @Test
    void anIsoTimestampKeptAsTextIsTheTimeColumn() {
        Plan plan = plan("which industry had the highest unemployment rate in jan 2010", TestCatalogs.unemployment());
        assertThat(SqlWriter.write(plan).sql()).contains("CAST(strptime(\"date\", '%Y-%m-%dT%H:%M:%S.%gZ') AS DATE) >=");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("what period does this data span", TestCatalogs.unemployment()).kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(SqlWriter.write(plan("what period does this data span", TestCatalogs.unemployment())).sql())
                .contains("min(CAST(strptime(\"date\"");
    }

    @Test
    void anIsoTimeToTheSecondKeepsItsTimeOfDay() {
        Plan range = plan("when does this workout log start and end", TestCatalogs.workoutLog());
        assertThat(range.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(SqlWriter.write(range).sql())
                .endsWith("min(strptime(\"start_time\", '%Y-%m-%dT%H:%M:%S')) AS \"first\", "
                        + "max(strptime(\"start_time\", '%Y-%m-%dT%H:%M:%S')) AS \"last\" FROM \"workouts\"");
    }

    @Test
    void aMonthAskedOfYearNumbersIsReportedNotReadAsTheYear() {
        Plan plan = plan("deaths in jan 1950", TestCatalogs.disasters());
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.During);
        assertThat(plan.ignored()).contains("jan", "1950");
    }

    @Test
    void fromAYearAloneIsThatYearAndOnwardsOpensIt() {
        assertThat(SqlWriter.write(plan("avg mpg of cars from 1981", TestCatalogs.cars())).params())
                .containsExactly("1981-01-01", "1982-01-01");
        Plan onwards = plan("deaths in floods from 1950 onwards", TestCatalogs.disasters());
        assertThat(SqlWriter.write(onwards).sql()).contains("\"Year\" >= ?").doesNotContain("\"Year\" < ?");
        assertThat(onwards.ignored()).isEmpty();
    }

    @Test
    void leavingAPartOutStillLeavesTheTotalsRowsOut() {
        Plan plan = plan("deaths between 1900 and 1909 not caused by epidemics", TestCatalogs.disasters());
        assertThat(SqlWriter.write(plan).params()).contains("Epidemic", "All natural disasters");
    }

    @Test
    void acrossAllOfThemIsOneFigureNotOnePerEach() {
        Plan plan = plan("by how many % did total unemployment across industries grow from jan 2008 to jan 2009",
                TestCatalogs.unemployment());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.ignored()).isEmpty();
        Plan all = plan("average rate across all series", TestCatalogs.unemployment());
        assertThat(all.groups()).isEmpty();
        assertThat(all.aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void theRecordAskedWithWhenIsARowNotTheGroupWithTheLowestAverage() {
        Plan plan = plan("lowest unemployment rate ever recorded, which industry and when", TestCatalogs.unemployment());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("rate");
        assertThat(plan.descending()).isFalse();
    }

    @Test
    void howManyMonthsCountsTheMonthsOfTheDatesNotAColumnOfMonthNumbers() {
        Plan plan = plan("in how many months was construction unemployment above 10%", TestCatalogs.unemployment());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("date");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAdjectiveOfAPlaceNamesThePlace() {
        Plan japanese = plan("avg mpg of japanese cars", TestCatalogs.cars());
        assertThat(japanese.filters()).singleElement().satisfies(f -> assertThat(f.words()).contains("Japan"));
        assertThat(japanese.ignored()).isEmpty();
        Plan american = plan("how many cars are not american", TestCatalogs.cars());
        assertThat(american.filters()).singleElement().isEqualTo(new Filter.Values(american.filters().get(0).column(),
                java.util.List.of("USA"), true));
    }

    @Test
    void theDatasetsNounInAnotherWordStillNamesItsRows() {
        assertThat(TestCatalogs.movies().entity(false)).isEqualTo("movie"); // not "movy"
        Plan films = plan("how many films have an imdb rating above 8", TestCatalogs.movies());
        assertThat(films.ignored()).isEmpty();
        assertThat(films.entity()).isEqualTo("films");
        assertThat(plan("highest grossing movie in the US", TestCatalogs.movies()).ignored()).isEmpty();
    }

    @Test
    void aTwoStepClauseOverNoColumnIsNotReadAsACountOfRows() {
        Plan plan = plan("for the 3 states with the most revenue, how many orders were returned in each", TestCatalogs.sales());
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.TopGroups);
        assertThat(plan.ignored()).contains("revenue");
    }

    @Test
    void aRowShowsItsTextDatesAsDates() {
        Plan plan = plan("lowest unemployment rate ever recorded, which industry and when", TestCatalogs.unemployment());
        assertThat(SqlWriter.write(plan).sql()).startsWith(
                "SELECT * REPLACE (CAST(strptime(\"date\", '%Y-%m-%dT%H:%M:%S.%gZ') AS DATE) AS \"date\") FROM");
    }

    @Test
    void aNumberSaidOfPeopleWithNoColumnNamedIsTheirAge() {
        Plan plan = plan("how many victims were under 21", TestCatalogs.riots());
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f.column().name()).isEqualTo("age");
            assertThat(SqlWriter.write(plan).params()).containsExactly(21.0);
        });
    }

    @Test
    void aUnitWrittenInAColumnsNameTakesTheNumberAndIsNoYear() {
        Plan plan = plan("number of cars with mpg over 30 that weigh under 2500 lbs", TestCatalogs.cars());
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.During);
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("Weight_in_lbs"));
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.column().name()).isEqualTo("Miles_per_Gallon"));
    }

    @Test
    void daysWithoutAYearAreInTheOneYearTheDataCovers() {
        Plan range = plan("deaths per day from apr 29 to may 5", TestCatalogs.riots());
        assertThat(range.ignored()).isEmpty();
        assertThat(SqlWriter.write(range).params()).containsExactly("1992-04-29", "1992-05-06");
        Plan after = plan("how many deaths happened after may 3rd 1992", TestCatalogs.riots());
        assertThat(after.ignored()).isEmpty();
        assertThat(SqlWriter.write(after).params()).containsExactly("1992-05-04");
    }

    @Test
    void theThingAQuestionOpensWithIsRankedByTheSuperlativeAfterWith() {
        Plan plan = plan("year with the fewest deaths", TestCatalogs.disasters());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Year"));
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.descending()).isFalse();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void countingAWordBeforeAColumnsLastWordIsNoCountOfItsDistinctValues() {
        Plan plan = plan("how many challengers are there?", TestCatalogs.candidates());
        assertThat(plan.aggregate()).isNotEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.ignored()).contains("challengers"); // the words, not "Incumbent_Challenger_Status"
    }

    @Test
    void aKeyIsNeverComparedWithAnAmount() {
        Plan plan = plan("how many customers are older than 40?", TestCatalogs.candidates());
        assertThat(plan.filters()).noneMatch(f -> f.column().name().equals("customer_id"));
        assertThat(plan.ignored()).isNotEmpty();
    }

    @Test
    void aPercentOfAColumnOfFractionsIsAHundredthOfIt() {
        Plan plan = plan("how many candidates had a discount above 10%?", TestCatalogs.candidates());
        assertThat(SqlWriter.write(plan).params()).containsExactly(0.1);
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("Reading 10% as 0.1"));
    }

    @Test
    void aThingReadAsCountedButCountedByNoFigureIsReported() {
        Plan plan = plan("avg body mass by number of islands", TestCatalogs.penguins());
        assertThat(plan.ignored()).contains("islands"); // it was a full answer over all penguins
        assertThat(plan("how many islands have adelie penguins", TestCatalogs.penguins()).ignored()).isEmpty();
    }

    @Test
    void yearsKeptAsTextAreTheTimeAndCenturiesAreHundredsOfThem() {
        Plan sixteens = plan("avg wheat price in the 1600s", TestCatalogs.wheat());
        assertThat(sixteens.ignored()).isEmpty(); // "price" names what the column wheat holds
        assertThat(SqlWriter.write(sixteens).sql()).contains("TRY_CAST(\"year\" AS INTEGER) >= ?");
        assertThat(SqlWriter.write(sixteens).params()).containsExactly(1600, 1700); // a century, not the decade 1600–09
        assertThat(SqlWriter.write(plan("median wheat price in the 18th century", TestCatalogs.wheat())).params())
                .containsExactly(1700, 1800);
        assertThat(SqlWriter.write(plan("avg wheat price in the 1990s", TestCatalogs.wheat())).params())
                .containsExactly(1990, 2000);
        Plan perCentury = plan("avg price of wheat per century", TestCatalogs.wheat());
        assertThat(perCentury.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.CENTURY));
        assertThat(perCentury.ignored()).isEmpty();
    }

    @Test
    void hoursOfTheDayAreReadOnTimestampsAndThingsCountedByACountColumnAreThatColumn() {
        Plan hour = plan("at what hour of the day are the most commits made", TestCatalogs.commits());
        assertThat(hour.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
        assertThat(hour.measure().name()).isEqualTo("count");
        assertThat(hour.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(hour.notes()).anyMatch(n -> n.startsWith("Taking count for 'commits'")); // a guess, said
        Plan q1 = plan("commits in q1", TestCatalogs.commits());
        assertThat(q1.measure().name()).isEqualTo("count");
        assertThat(q1.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan("avg wages by hour of the day", TestCatalogs.wheat()).groups())
                .noneMatch(g -> g.grain() == Grain.HOUR_OF_DAY); // years hold no hours
    }

    @Test
    void howManyColumnsIsACountNotTheList() {
        assertThat(plan("how many rows and columns does this dataset have", TestCatalogs.wheat()).kind())
                .isEqualTo(Plan.Kind.SHAPE);
        assertThat(SqlWriter.write(plan("how many columns are there", TestCatalogs.wheat())).sql())
                .isEqualTo("SELECT (SELECT count(*) FROM \"wheat\") AS \"rows\", (SELECT count(*) FROM (DESCRIBE \"wheat\")) AS \"columns\"");
        assertThat(plan("what columns are there", TestCatalogs.wheat()).kind()).isEqualTo(Plan.Kind.COLUMNS);
    }

    @Test
    void theCategoryAfterARankedMeasureIsRankedAndAFallRanksFromItsDeepest() {
        Plan region = plan("the highest income region", TestCatalogs.gapminder());
        assertThat(region.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("region"));
        assertThat(region.limit()).isEqualTo(1);
        Plan least = plan("which entity's deaths dropped the least from 1950 to 2000", TestCatalogs.disasters());
        assertThat(least.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(least.descending()).isTrue(); // the smallest drop is the highest change
        assertThat(plan("which entity's deaths dropped the most from 1950 to 2000", TestCatalogs.disasters()).descending())
                .isFalse();
        Plan shrank = plan("which entity's deaths shrank the most between 1950 and 2000", TestCatalogs.disasters());
        assertThat(shrank.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(shrank.descending()).isFalse();
    }

    @Test
    void aPluralChartWordAfterAnArticleIsAThingOfTheDataNotAChart() {
        Plan plan = plan("avg income across all the plots", TestCatalogs.gapminder());
        assertThat(plan.kind().chart()).isFalse();
        assertThat(plan.kind()).isNotEqualTo(Plan.Kind.HISTOGRAM);
        assertThat(plan.ignored()).contains("plots");
        assertThat(plan("plot avg income by region", TestCatalogs.gapminder()).kind().chart()).isTrue();
    }

    @Test
    void aNumberAfterPerIsARatesBaseNeverAYear() {
        Plan plan = plan("deaths per 1000 people by entity", TestCatalogs.disasters());
        assertThat(plan.filters()).noneMatch(f -> f instanceof Filter.During); // it was "in 1000": no rows, said as fact
        assertThat(plan.ignored()).contains("1000");
    }

    @Test
    void aNumberARowHasOrLacksIsAConditionOnIt() {
        Plan had = plan("how many candidates had a discount", TestCatalogs.candidates());
        assertThat(had.filters()).containsExactly(new Filter.Compare(had.filters().get(0).column(), ">", 0));
        assertThat(had.filters().get(0).column().name()).isEqualTo("discount");
        assertThat(SqlWriter.write(had).sql()).contains("count(").contains("\"discount\" > ?"); // it was all of them
        assertThat(had.ignored()).isEmpty();
        Plan none = plan("how many years had no deaths", TestCatalogs.disasters());
        assertThat(none.filters()).anySatisfy(f -> assertThat(f).isInstanceOf(Filter.Lacking.class));
        assertThat(SqlWriter.write(none).sql()).contains("(\"Deaths\" IS NULL OR \"Deaths\" = 0)");
        Plan zero = plan("how many candidates have 0 debts owed", TestCatalogs.candidates());
        assertThat(zero.filters()).anySatisfy(f -> assertThat(f).isEqualTo(new Filter.Compare(f.column(), "=", 0)));
        Plan compared = plan("how many candidates had a discount above 10%", TestCatalogs.candidates());
        assertThat(compared.filters()).singleElement().satisfies(f -> assertThat(((Filter.Compare) f).number()).isEqualTo(0.1));
    }

    @Test
    void theCompassRanksLatitudeAndLongitude() {
        Plan north = plan("northernmost zip code", TestCatalogs.zipcodes());
        assertThat(north.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(north.measure().name()).isEqualTo("latitude");
        assertThat(north.descending()).isTrue();
        assertThat(north.ignored()).isEmpty();
        Plan west = plan("the westernmost city in texas", TestCatalogs.zipcodes());
        assertThat(west.measure().name()).isEqualTo("longitude");
        assertThat(west.descending()).isFalse();
    }

    @Test
    void aSuperlativeBeforeANumberIsALimit() {
        Plan plan = plan("lowest 3 regions by income", TestCatalogs.gapminder());
        assertThat(plan.limit()).isEqualTo(3);
        assertThat(plan.descending()).isFalse();
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("how many regions have an income of at least 45", TestCatalogs.gapminder()).limit()).isNull();
    }

    @Test
    void theBusiestMonthHasTheMostOfWhatTheRowsCount() {
        Plan plan = plan("which month was the busiest", TestCatalogs.commits());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
        assertThat(plan.measure().name()).isEqualTo("count");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.descending()).isTrue();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theLowEndTakesTheColumnOfLows() {
        Plan coldest = plan("coldest temperature recorded", TestCatalogs.weather());
        assertThat(coldest.measure().name()).isEqualTo("temp_min");
        assertThat(coldest.notes()).noneMatch(n -> n.startsWith("Taking"));
        assertThat(plan("highest temperature", TestCatalogs.weather()).measure().name()).isEqualTo("temp_max");
    }

    @Test
    void onlyOneIsAGroupOfExactlyThatSize() {
        Plan plan = plan("which states have only one airport", TestCatalogs.airports());
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOf(Filter.GroupSize.class);
            assertThat(((Filter.GroupSize) f).op()).isEqualTo("=");
        });
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void arithmeticSaidBetweenColumnsIsOneMeasure() {
        Plan ratio = plan("the ratio of wheat to wages in 1800", TestCatalogs.wheat());
        assertThat(ratio.measure().formula()).isEqualTo("\"wheat\" / nullif(\"wages\", 0)");
        assertThat(ratio.ignored()).isEmpty();
        Plan margin = plan("average worldwide gross minus production budget by major genre", TestCatalogs.movies());
        assertThat(margin.measure().formula()).isEqualTo("\"Worldwide_Gross\" - \"Production_Budget\"");
        assertThat(margin.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(SqlWriter.write(margin).sql()).contains("avg((\"Worldwide_Gross\" - \"Production_Budget\"))");
        assertThat(plan("average wheat and wages", TestCatalogs.wheat()).measure().formula()).isNull();
    }

    @Test
    void theYearAskedForAThresholdFirstCrossedIsTheAnswerNotAGrouping() {
        Plan plan = plan("in which year did flood deaths first exceed 100000", TestCatalogs.disasters());
        assertThat(plan.groups()).isEmpty(); // it listed every year past the threshold
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(plan.measure().role().time()).isTrue();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aNumberInAnotherUnitIsComparedInTheColumnsUnit() {
        Plan kg = plan("how many penguins with a body mass above 5 kg", TestCatalogs.penguins());
        assertThat(SqlWriter.write(kg).params()).containsExactly(5000.0); // it was 5 g: every penguin
        assertThat(kg.notes()).contains("Reading 5 kg as 5000 g.");
        Plan hour = plan("how many visits had a wait time over 1 hour", TestCatalogs.clinic());
        assertThat(SqlWriter.write(hour).params()).startsWith(60.0); // then the totals row left out
        assertThat(SqlWriter.write(plan("how many penguins with a body mass above 5000 g", TestCatalogs.penguins())).params())
                .containsExactly(5000.0);
    }

    @Test
    void aWeekdaysNameSaysWhichDaysLedOrNot() {
        Plan sunday = plan("how many days had rain on a sunday", TestCatalogs.weather());
        assertThat(sunday.filters()).anySatisfy(f -> assertThat(f).isInstanceOf(Filter.During.class));
        assertThat(sunday.ignored()).isEmpty();
        assertThat(plan("avg wind on an average monday", TestCatalogs.weather()).ignored()).isEmpty();
    }

    @Test
    void aWordOfSeveralColumnsTakesTheirTotalAndYrIsAYear() {
        Plan cost = plan("how many strikes cost over 100000", TestCatalogs.strikeCosts());
        assertThat(cost.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("Cost Total $"));
        assertThat(cost.notes()).anyMatch(n -> n.startsWith("Taking Cost Total $ for 'cost'")); // still said as a choice
        Plan perYear = plan("# of strikes per yr", TestCatalogs.strikeCosts());
        assertThat(perYear.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.YEAR));
        assertThat(perYear.ignored()).isEmpty();
    }

    @Test
    void namesThatRepeatOverTheRowsAreCountedOnceEach() {
        Plan plan = plan("how many states are listed", TestCatalogs.householdsByBracket());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("name");
        // a column said in the singular names where the rows are, and "called" the value: the rows are counted
        Plan called = plan("how many entries have a region called south", TestCatalogs.householdsByBracket());
        assertThat(called.ignored()).isEmpty();
        assertThat(called.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(called.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("region"));
    }

    @Test
    void aKeyOfOneRowEachIsRankedByTheAmountNamedAfterItNeverByItsRows() {
        Plan plan = plan("which claim id is the largest", TestCatalogs.insuranceClaims());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("claim_id"));
        assertThat(plan.measure().name()).isEqualTo("claimAmount");
        Plan smallest = plan("what is the smallest claim", TestCatalogs.insuranceClaims());
        assertThat(smallest.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(smallest.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(smallest.measure().name()).isEqualTo("claimAmount");
        assertThat(plan("top 3 claim ids", TestCatalogs.insuranceClaims()).measure().name()).isEqualTo("claimAmount");
        Plan most = plan("which adjuster has the most claims", TestCatalogs.insuranceClaims());
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT); // an adjuster has many rows: they are counted
    }

    @Test
    void theHighestSingleOneIsOneRow() {
        Plan lot = plan("largest claim - which adjuster and how much", TestCatalogs.insuranceClaims());
        assertThat(lot.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(lot.measure().name()).isEqualTo("claimAmount");
        assertThat(plan("which adjuster has the most claims", TestCatalogs.insuranceClaims()).kind())
                .isEqualTo(Plan.Kind.AGGREGATE);
        Plan claim = plan("whats the single largest claim? give the claim id", TestCatalogs.insuranceClaims());
        assertThat(claim.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(claim.measure().name()).isEqualTo("claimAmount");
        assertThat(claim.ignored()).isEmpty();
        Plan plan = plan("highest single claim amount - which adjuster", TestCatalogs.insuranceClaims());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("claimAmount");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void theVolumeOfTheRowsIsHowManyThereAre() {
        Plan plan = plan("invoice volume by month", TestCatalogs.invoices());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
    }

    @Test
    void aValueWrittenShortIsCountedAsTheValueItShortensAndSaidSo() {
        Plan plan = plan("no-show rate by clinic", TestCatalogs.dentalVisits());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.guessed()).isFalse();
        assertThat(plan.notes()).anyMatch(n -> n.contains("“DT” as “Downtown”") && n.contains("“HC” as “Hillcrest”"));
        Plan filtered = plan("avg fee at downtown", TestCatalogs.dentalVisits());
        // the forms are bound as data in a table of the table's own name, read before the filter's value
        assertThat(SqlWriter.write(filtered).sql()).startsWith("WITH \"dental_visits\" AS (SELECT * REPLACE (CASE WHEN");
        assertThat(SqlWriter.write(filtered).params()).containsSubsequence("DT", "Downtown", "downtown");
        // a word that begins another is no short form, and a flag's Y and yes are one already
        Plan urgency = plan("avg fee by urgency", TestCatalogs.dentalVisits());
        assertThat(urgency.guessed()).isFalse();
        assertThat(urgency.notes()).noneMatch(n -> n.contains("written another way"));
        assertThat(plan("avg fee of no-shows", TestCatalogs.dentalVisits()).notes()).noneMatch(n -> n.contains("written another way"));
    }
}
