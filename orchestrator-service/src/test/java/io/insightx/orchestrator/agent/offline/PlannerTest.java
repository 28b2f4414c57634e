package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.insightx.orchestrator.agent.SqlStatement;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Filter;
import io.insightx.orchestrator.agent.offline.plan.Numbers;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/** Questions become typed plans: measures, aggregates, filters, groups, rankings, and every word accounted for. */
class PlannerTest {

    private final Planner planner = new Planner(TestCatalogs.LEXICON, TestCatalogs.EMBEDDINGS);

    private Plan plan(String question, Catalog catalog) {
        return planner.plan(question, catalog);
    }

    @Test
    void aNumberComparedThroughAnAdjectiveFiltersItsColumn() {
        Plan plan = plan("how many penguins have a bill longer than 50 mm?", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOf(Filter.Compare.class);
            assertThat(f.column().name()).isEqualTo("Beak Length (mm)");
        });
        assertThat(plan.ignored()).isEmpty();
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("\"Beak Length (mm)\" > ?").doesNotContain("50");
        assertThat(sql.params()).containsExactly(50.0);
    }

    @Test
    void twoNamedValuesAreComparedSideBySide() {
        Plan plan = plan("compare the average body mass of Adelie and Gentoo", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Species"));
        assertThat(SqlWriter.write(plan).params()).containsExactly("Adelie", "Gentoo");
    }

    @Test
    void whatIsInTheDatasetIsAQuestionAboutTheDataset() {
        assertThat(plan("what is in this dataset?", TestCatalogs.weather()).kind()).isEqualTo(Plan.Kind.DATASET);
        assertThat(plan("what is in the seattle weather dataset?", TestCatalogs.weather()).kind())
                .isEqualTo(Plan.Kind.DATASET);
        assertThat(plan("what is the average wind in the dataset?", TestCatalogs.weather()).kind())
                .isEqualTo(Plan.Kind.AGGREGATE);
    }

    @Test
    void theBiggestCategoryIsRankedByWhatItHoldsNotByItsName() {
        Plan plan = plan("biggest source in 2010", TestCatalogs.electricity());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("source"));
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.descending()).isTrue();
        assertThat(SqlWriter.write(plan).sql()).doesNotContain("max(\"source\")");
    }

    @Test
    void aChangeThatIsNotComputedIsReportedNotAnsweredAsAMaximum() {
        // Growth needs a first and a last value per stock; the highest price is not it, so "grew" must be reported.
        Plan plan = plan("which stock grew the most?", TestCatalogs.stocks());
        assertThat(plan.ignored()).contains("grew");
    }

    @Test
    void whichGroupHasTheMostCountsRowsAndRanks() {
        Plan plan = plan("which island has the most penguins?", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Island"));
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.descending()).isTrue();
    }

    @Test
    void aSuperlativeOfAnEntityLooksUpItsRow() {
        Plan plan = plan("which penguin has the longest flipper?", TestCatalogs.penguins());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("Flipper Length (mm)");
        assertThat(plan.descending()).isTrue();
    }

    @Test
    void firstCallResolutionIsTheColumnOfItsInitialsNotTheFirstCall() {
        Plan plan = plan("first call resolution rate by team", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(SqlWriter.write(plan).sql()).contains("FILTER (WHERE \"fcr\" = ?)").contains("GROUP BY \"team\"");
    }

    @Test
    void monthOfTheYearIsNotYearMonth() {
        Plan plan = plan("average temp_max by month of the year", TestCatalogs.weather());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain().name()).isEqualTo("MONTH_OF_YEAR"));
        assertThat(SqlWriter.write(plan).sql()).contains("month(\"date\")");
    }

    @Test
    void aLevelIsAveragedAndTotalsRowsAreLeftOut() {
        Plan plan = plan("life_expect by year", TestCatalogs.population());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.filters()).anySatisfy(f -> assertThat(f.words()).contains("World"));
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("totals"));
    }

    @Test
    void anAmountAskedWithHowManyIsSummed() {
        Plan plan = plan("how many population in 2000", TestCatalogs.population());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(SqlWriter.write(plan).params()).contains(2000);
    }

    @Test
    void wordsThePlanCannotPlaceAreReportedNeverDropped() {
        Plan plan = plan("how many penguins like eating krill on Dream", TestCatalogs.penguins());
        assertThat(plan.ignored()).contains("eating", "krill");
        Plan nonsense = plan("tell me a joke", TestCatalogs.penguins());
        assertThat(nonsense.understood()).isFalse();
    }

    @Test
    void aNumberWithNoColumnIsIgnoredNotGuessed() {
        Plan plan = plan("how many penguins weigh more than 3 kilos of fish", TestCatalogs.penguins());
        assertThat(plan.ignored()).isNotEmpty();
    }

    @Test
    void negatedValuesAreExcluded() {
        Plan plan = plan("how many penguins are not Adelie", TestCatalogs.penguins());
        List<Object> params = new ArrayList<>();
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.sql(params)).contains("<> ?"));
    }

    @Test
    void aChangeBetweenTwoYearsComparesThem() {
        Plan plan = plan("how did population change between 1990 and 2010", TestCatalogs.population());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.change()).hasSize(2);
    }

    @Test
    void aChangeBetweenTwoMonthsOfOneYearComparesTheMonths() {
        Plan plan = plan("percent change in temp_max from jan 2013 to dec 2013", TestCatalogs.weather());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.change()).extracting(p -> p.words()).containsExactly("Jan 2013", "Dec 2013");
    }

    @Test
    void questionsAboutTheDataAreAnsweredFromIt() {
        assertThat(plan("which columns have missing values?", TestCatalogs.penguins()).kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(plan("what time range does the data cover?", TestCatalogs.weather()).kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        Plan columns = plan("what columns are there", TestCatalogs.weather());
        assertThat(columns.kind()).isEqualTo(Plan.Kind.COLUMNS); // listed by the database, not recited from the profile
        assertThat(SqlWriter.write(columns).sql()).isEqualTo("SELECT column_name AS \"column\", column_type AS \"type\" FROM (DESCRIBE \"seattle_weather\")");
    }

    @Test
    void whenAMeasureFirstPassesAThresholdIsTheEarliestRowPastIt() {
        Plan plan = plan("when did temp_max first pass 30", TestCatalogs.weather());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(plan.measure().name()).isEqualTo("date");
        assertThat(plan.descending()).isFalse();
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.ignored()).isEmpty();
        assertBound(plan, 30.0, "\"temp_max\" > ?", "rank() OVER (ORDER BY \"date\" ASC) <= 1");
    }

    @Test
    void groupsThatPassACountAreCountedInTwoSteps() {
        Plan plan = plan("how many islands have more than 100 penguins", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(plan.measure().name()).isEqualTo("Island");
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.GroupSize.class);
        assertThat(plan.ignored()).isEmpty();
        assertBound(plan, 100.0, "GROUP BY \"Island\" HAVING count(*) > ?");
    }

    @Test
    void groupsThatPassACountAreListedWithTheirCounts() {
        Plan plan = plan("islands with fewer than 150 penguins", TestCatalogs.penguins());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Island"));
        assertBound(plan, 150.0, "GROUP BY \"Island\" HAVING count(*) < ?");
    }

    /** The plan's SQL holds each fragment and binds the one number as a parameter, never in the text. */
    private static void assertBound(Plan plan, double number, String... fragments) {
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains(fragments).doesNotContain(Numbers.plain(number));
        assertThat(sql.params()).containsExactly(number);
    }

    @Test
    void aNumberOrMoreIncludesTheNumberAndItsAdjectiveNamesTheColumn() {
        Plan plan = plan("how many people were 90 or older in 2000", TestCatalogs.census());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.filters()).hasSize(2).anySatisfy(f -> {
            assertThat(f).isInstanceOf(Filter.Compare.class);
            assertThat(f.column().name()).isEqualTo("age");
        }).noneSatisfy(f -> assertThat(f.column().name()).isEqualTo("sex"));
        assertThat(SqlWriter.write(plan).sql()).contains("\"age\" >= ?");
    }

    @Test
    void sexesCodedAsNumbersAreNamedInWords() {
        Plan women = plan("number of women aged 20 to 39 in 1970", TestCatalogs.census());
        assertThat(women.ignored()).isEmpty();
        assertThat(SqlWriter.write(women).params()).contains("2", 20.0, 39.0);
        Plan bySex = plan("population of each sex in 1850", TestCatalogs.census());
        assertThat(SqlWriter.write(bySex).sql()).contains("WHEN 2 THEN 'female'");
    }

    @Test
    void placesAreNamedByTheirCodesOrTheirNames() {
        Plan plan = plan("how many airports are in florida and georgia combined", TestCatalogs.airports());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly("FL", "GA");
        Plan not = plan("how many airports are not in the USA", TestCatalogs.airports());
        assertThat(not.ignored()).isEmpty();
        assertThat(SqlWriter.write(not).sql()).contains("\"country\" <> ?");
    }

    @Test
    void aNumberNamedAsAClassificationIsGroupedAndRanked() {
        Plan plan = plan("which age group was the largest in 1980", TestCatalogs.census());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("age"));
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SUM);
        assertThat(plan.measure().name()).isEqualTo("people");
        assertThat(plan.limit()).isEqualTo(1);
    }

    @Test
    void theDifferenceBetweenTwoNamedValuesIsOneFigure() {
        Plan plan = plan("difference between fossil fuels and renewables generation in 2017", TestCatalogs.electricity());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.DIFFERENCE);
        assertThat(plan.ignored()).isEmpty();
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("AS \"difference\"");
        assertThat(sql.params()).startsWith("Fossil Fuels", "Renewables", "Fossil Fuels", "Renewables");
        Plan higher = plan("how much higher is the average body mass of gentoo than adelie", TestCatalogs.penguins());
        assertThat(higher.kind()).isEqualTo(Plan.Kind.DIFFERENCE);
        assertThat(higher.ignored()).isEmpty();
    }

    @Test
    void aLevelOverSeveralYearsIsItsSeries() {
        Plan plan = plan("life_expect in india since 1980", TestCatalogs.population());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("year"));
        assertThat(plan("average life_expect in india since 1980", TestCatalogs.population()).groups()).isEmpty();
    }

    @Test
    void zeroIsANumberToo() {
        Plan plan = plan("how many days had zero precipitation", TestCatalogs.weather());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("\"precipitation\" = ?");
    }

    @Test
    void rowsMissingAValueAreCountedAsRows() {
        Plan plan = plan("how many rows have a missing value", TestCatalogs.weather());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(SqlWriter.write(plan).sql()).startsWith("SELECT count(*)").contains("\"wind\" IS NULL OR");
        assertThat(SqlWriter.write(plan("how many missing values are there", TestCatalogs.weather())).sql())
                .contains("UNION ALL").contains("QUALIFY \"missing\" > 0 OR max(\"missing\") OVER () = 0");
    }

    @Test
    void aValueSaidWithItsColumnsNameUsesBoth() {
        Plan plan = plan("avg wait time for the tech team", TestCatalogs.callCenter());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly("Tech");
    }

    @Test
    void columnsMissingValuesAreCountedAsColumns() {
        Plan plan = plan("how many columns have missing values?", TestCatalogs.weather());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(plan.entity()).isEqualTo("columns");
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).startsWith("SELECT count(*) FILTER (WHERE \"missing\" > 0)")
                .contains("UNION ALL").doesNotContain("QUALIFY");
        // which columns: the list, each with its count
        assertThat(plan("which columns have missing values", TestCatalogs.weather()).entity()).isNull();
        assertThat(plan("which columns have missing values and how many", TestCatalogs.weather()).entity()).isNull();
        assertThat(plan("number of columns with missing values", TestCatalogs.weather()).entity()).isEqualTo("columns");
    }

    @Test
    void aRateOfACountOfTimesIsTheShareOfRowsWhereItHappened() {
        Plan rate = plan("whats the reopen rate", TestCatalogs.tickets());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(rate.ignored()).isEmpty();
        assertThat(SqlWriter.write(rate).sql()).contains("count(*) FILTER (WHERE \"reopened_count\" > ?) / count(*)");
        assertThat(plan("total reopened count by channel", TestCatalogs.tickets()).aggregate()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void aRateOfAYesOrNoIsItsShareOfTheRowsWhereItIsKnown() {
        Plan rate = plan("default rate by employment type", TestCatalogs.loanApplications());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(rate.measure()).isNull();
        assertThat(SqlWriter.write(rate).sql()).contains("count(*) FILTER (WHERE \"defaulted\" = ?) / "
                + "count(*) FILTER (WHERE \"defaulted\" IS NOT NULL)");
        assertThat(plan("avg interest rate by employment type", TestCatalogs.loanApplications()).measure().name())
                .isEqualTo("interest_rate_pct");
    }

    @Test
    void rowsMissingAnyOfTheColumnsAWordNamesAlike() {
        Plan any = plan("how many readings have at least one pollutant value missing", TestCatalogs.airReadings());
        assertThat(any.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(SqlWriter.write(any).sql()).isEqualTo("SELECT count(*) AS \"rows missing a value\" FROM \"air_quality\""
                + " WHERE \"pollutants_pm2_5\" IS NULL OR \"pollutants_pm10\" IS NULL OR \"pollutants_no2\" IS NULL");
        // one column named: its own missing values
        assertThat(plan("how many missing values in pm10", TestCatalogs.airReadings()).measure().name())
                .isEqualTo("pollutants_pm10");
    }

    @Test
    void aShareOfANumberConditionAndAPopulation() {
        Plan plan = plan("what share of the population was 65 or older in 2000", TestCatalogs.census());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("sum(\"people\") FILTER (WHERE \"age\" >= ?)");
    }

    @Test
    void idsAreCountedNeverAveraged() {
        Plan most = plan("which category has the most orders", TestCatalogs.orders());
        assertThat(most.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(most.measure()).isNull();
        assertThat(most.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("category"));
        assertThat(SqlWriter.write(most).sql()).doesNotContain("avg(").doesNotContain("sum(\"order_id\")");
        Plan share = plan("what share of orders are electronics", TestCatalogs.orders());
        assertThat(SqlWriter.write(share).sql()).doesNotContain("order_id");
    }

    @Test
    void theNounADatasetIsNamedAfterGroupsByTheColumnThatNamesThem() {
        Plan which = plan("which stock had the highest average price", TestCatalogs.stocks());
        assertThat(which.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("symbol"));
        assertThat(which.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(which.limit()).isEqualTo(1);
        Plan count = plan("how many stocks are in the data", TestCatalogs.stocks());
        assertThat(count.aggregate()).isEqualTo(Aggregate.COUNT_DISTINCT);
        assertThat(count.measure().name()).isEqualTo("symbol");
        Plan all = plan("what is the average price of the stocks", TestCatalogs.stocks());
        assertThat(all.groups()).isEmpty();
        assertThat(all.ignored()).isEmpty();
        assertThat(plan("which penguin is the heaviest", TestCatalogs.penguins()).groups()).isEmpty();
        Plan cars = plan("how many cars are in this dataset", TestCatalogs.cars());
        assertThat(cars.aggregate()).isEqualTo(Aggregate.COUNT); // a car per row, some names repeated: rows, not names
    }

    @Test
    void aTwoStepQuestionRanksTheGroupsByItsOwnClauseThenAnswersTheRest() {
        Plan plan = plan("for the 2 islands with the most penguins, whats the average bill depth", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("Beak Depth (mm)");
        assertThat(plan.limit()).isNull();
        assertThat(plan.filters()).singleElement().isInstanceOf(Filter.TopGroups.class);
        String sql = SqlWriter.write(plan).sql();
        assertThat(sql).contains("\"Island\" IN (SELECT \"Island\"").contains("ORDER BY count(*) DESC").contains("LIMIT 2)");
        Plan byMeasure = plan("for the 2 stocks with the highest avg price, what was their average price in 2009",
                TestCatalogs.stocks());
        assertThat(SqlWriter.write(byMeasure).sql()).contains("ORDER BY avg(\"price\") DESC");
        Plan plain = plan("top 2 islands with the most penguins", TestCatalogs.penguins());
        assertThat(plain.limit()).isEqualTo(2);
        assertThat(plain.filters()).isEmpty();
    }

    @Test
    void severalFiguresOfOneMeasureAreItsSummaryForEachGroup() {
        Plan plan = plan("min and max beak depth for each species", TestCatalogs.penguins());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.DESCRIBE);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Species"));
        assertThat(SqlWriter.write(plan).sql()).contains("min(\"Beak Depth (mm)\") AS min").contains("max(\"Beak Depth (mm)\") AS max")
                .contains("GROUP BY \"Species\"");
        assertThat(plan("which species has the highest average body mass", TestCatalogs.penguins()).kind())
                .isEqualTo(Plan.Kind.AGGREGATE);
    }

    @Test
    void askingWhatCodesMeanIsRefusedNotAveraged() {
        assertThat(plan("what do the categories mean", TestCatalogs.orders()).kind()).isEqualTo(Plan.Kind.REFUSE);
        assertThat(plan("what is the mean quantity", TestCatalogs.orders()).aggregate()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void missingValuesAreCountedInTheColumnNamedAfterTheWordForMissing() {
        Plan missing = plan("how many visits are missing a wait time", TestCatalogs.clinic());
        assertThat(missing.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(missing.measure().name()).isEqualTo("Wait Time (min)");
        Plan none = plan("how many visits have no wait time", TestCatalogs.clinic());
        assertThat(none.kind()).isEqualTo(Plan.Kind.MISSING);
        assertThat(none.measure().name()).isEqualTo("Wait Time (min)");
    }

    @Test
    void aLegendInAColumnNameNamesItsCodes() {
        Plan plan = plan("how many visits were urgent", TestCatalogs.clinic());
        assertThat(SqlWriter.write(plan).params()).contains("1");
        assertThat(plan.ignored()).isEmpty();
        Plan routine = plan("avg wait for routine visits", TestCatalogs.clinic());
        assertThat(routine.measure().name()).isEqualTo("Wait Time (min)");
        assertThat(SqlWriter.write(routine).params()).contains("3");
        assertThat(routine.ignored()).isEmpty();
        assertThat(TestCatalogs.clinic().columns().stream().filter(c -> c.name().startsWith("priority")).findFirst()
                .orElseThrow().unit()).isNull();
    }

    @Test
    void aContractedWordNamesItsColumnAndASuperlativeBeforeAMeasureRanksByIt() {
        Plan plan = plan("which dept has the longest average wait time", TestCatalogs.clinic());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("department"));
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.limit()).isEqualTo(1);
        assertThat(plan.descending()).isTrue();
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aYesNoColumnNamedAsAWordKeepsTheRowsItSaysYesOrNoOf() {
        Plan returned = plan("how many orders were returned", TestCatalogs.sales());
        assertThat(returned.aggregate()).isIn(Aggregate.COUNT, Aggregate.COUNT_DISTINCT);
        assertThat(SqlWriter.write(returned).params()).containsExactly("yes");
        assertThat(returned.ignored()).isEmpty();
        Plan kept = plan("how many technology orders were not returned", TestCatalogs.sales());
        // an order whose flag was left blank was not returned either
        assertThat(SqlWriter.write(kept).sql()).contains("\"returned\" IS DISTINCT FROM ?");
        assertThat(kept.ignored()).isEmpty();
        Plan rate = plan("which category has the highest return rate", TestCatalogs.sales());
        assertThat(rate.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(rate.limit()).isEqualTo(1);
        assertThat(SqlWriter.write(rate).sql()).contains("count(*) FILTER (WHERE \"returned\" = ?) / count(*)")
                .contains("GROUP BY \"productCategory\"");
    }

    @Test
    void aRateAfterAMeasureIsPartOfItsName() {
        Plan plan = plan("average fertility rate in india", TestCatalogs.fertility());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("fertility");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aSecondLabelJoinedToAGroupingGroupsToo() {
        Plan plan = plan("number of penguins per island and species", TestCatalogs.penguins());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("Island", "Species");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void anAveragePerRowKeyIsOneFigureOverTheRows() {
        Plan plan = plan("avg units per order for technology", TestCatalogs.sales());
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("number of orders per category", TestCatalogs.sales()).groups()).hasSize(1);
    }

    @Test
    void theInitialsOfAColumnsWordsNameIt() {
        Plan plan = plan("avg mpg of cars from japan", TestCatalogs.cars());
        assertThat(plan.measure().name()).isEqualTo("Miles_per_Gallon");
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("what is up with the cars", TestCatalogs.cars()).measure()).isNull();
    }

    @Test
    void namesAreCountedPerGroupNeverAveraged() {
        Plan plan = plan("which region has the most countries", TestCatalogs.gapminder());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("region"));
        assertThat(SqlWriter.write(plan).sql()).doesNotContain("avg(");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan("what is the average species", TestCatalogs.penguins()).kind()).isEqualTo(Plan.Kind.REFUSE);
    }

    @Test
    void wordsOfAColumnsNameAreTheColumnNotItsValues() {
        Plan common = plan("which wildlife species is most common?", TestCatalogs.strikes());
        assertThat(common.filters()).isEmpty();
        assertThat(common.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Wildlife Species"));
        assertThat(common.ignored()).isEmpty();
        Plan byTime = plan("number of strikes by time of day", TestCatalogs.strikes());
        assertThat(byTime.filters()).isEmpty();
        assertThat(byTime.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Time of day"));
        Plan speed = plan("average speed in knots of strikes at night", TestCatalogs.strikes());
        assertThat(speed.ignored()).doesNotContain("Effect Amount of damage");
    }

    @Test
    void aRankingKeepsEveryRowTiedWithTheLastOneAsked() {
        String sql = SqlWriter.write(plan("which island has the most penguins", TestCatalogs.penguins())).sql();
        assertThat(sql).contains("QUALIFY rank() OVER (ORDER BY \"penguins\" DESC NULLS LAST) <= 1").doesNotContain("LIMIT 1 ");
        String row = SqlWriter.write(plan("which penguin is the heaviest", TestCatalogs.penguins())).sql();
        assertThat(row).contains("QUALIFY rank() OVER (ORDER BY \"Body Mass (g)\" DESC) <= 1");
    }

    @Test
    void whichGroupChangedTheMostIsTheChangeOfEachGroupRanked() {
        Plan plan = plan("which symbol grew the most from 2005 to 2008", TestCatalogs.stocks());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("symbol"));
        assertThat(SqlWriter.write(plan).sql()).contains("GROUP BY \"symbol\"").contains("QUALIFY rank() OVER (ORDER BY \"change\" DESC");
        Plan annual = plan("how much did the annual average price rise between 2001 and 2009", TestCatalogs.stocks());
        assertThat(annual.kind()).isEqualTo(Plan.Kind.CHANGE);
        assertThat(annual.groups()).isEmpty();
    }

    @Test
    void aListOfCategoriesLeavesOutTheTotalsRow() {
        Plan plan = plan("list the departments", TestCatalogs.clinic());
        assertThat(SqlWriter.write(plan).params()).containsExactly("Total");
    }

    @Test
    void aCodeWrittenInLowerCaseIsLinkedWhenItIsNoEnglishWord() {
        Plan plan = plan("what was ibm's highest price", TestCatalogs.stocks());
        assertThat(SqlWriter.write(plan).params()).containsExactly("IBM");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aCountAskedBesideTheTimeRangeIsReportedNotDropped() {
        Plan plan = plan("how many stocks are in the data and what period does it cover", TestCatalogs.stocks());
        assertThat(plan.kind()).isEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(plan.ignored()).isNotEmpty();
    }

    @Test
    void weekendsAgainstWeekdaysSplitTheDaysInTwo() {
        Plan plan = plan("average temp_max on weekends vs weekdays", TestCatalogs.weather());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("isodow(\"date\") >= 6").contains("GROUP BY").contains("'weekend'");
        Plan weekends = plan("average temp_max on weekends", TestCatalogs.weather());
        assertThat(weekends.ignored()).isEmpty();
        SqlStatement sql = SqlWriter.write(weekends);
        assertThat(sql.sql()).contains("isodow(\"date\") IN (?, ?)");
        assertThat(sql.params()).containsExactly(6, 7);
    }

    @Test
    void aSeasonIsItsMonthsAndSaysWhichHemisphere() {
        Plan plan = plan("average temp_max in summer", TestCatalogs.weather());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly(6, 7, 8);
        assertThat(plan.notes()).anyMatch(n -> n.contains("northern hemisphere"));
        // a year number has no months: the season is reported, not dropped in silence
        assertThat(plan("net_generation of renewables in summer", TestCatalogs.electricity()).ignored()).contains("summer");
    }

    @Test
    void aQuarterAndARangeWhoseYearIsSaidOnceFilterTheirDates() {
        SqlStatement q3 = SqlWriter.write(plan("total precipitation in q3 2014", TestCatalogs.weather()));
        assertThat(q3.params()).containsExactly("2014-07-01", "2014-10-01");
        Plan range = plan("total precipitation between march and june 2014", TestCatalogs.weather());
        assertThat(range.ignored()).isEmpty();
        assertThat(SqlWriter.write(range).params()).containsExactly("2014-03-01", "2014-07-01");
    }

    @Test
    void theEndOfAYearIsTheLastTimePointOfAMonthlySeries() {
        Plan plan = plan("average price at the end of 2009", TestCatalogs.stocks());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).params()).containsExactly("2009-12-01", "2010-01-01");
        Plan gain = plan("how much did the price change over 2008, jan to dec", TestCatalogs.stocks());
        assertThat(gain.ignored()).isEmpty();
        assertThat(gain.change()).extracting(p -> p.words()).containsExactly("Jan 2008", "Dec 2008");
    }

    @Test
    void monthsNamedApartAreAnyOfThemNeverAll() {
        Plan plan = plan("average wind in the winter months (dec, jan, feb)", TestCatalogs.weather());
        assertThat(plan.ignored()).isEmpty();
        SqlStatement sql = SqlWriter.write(plan);
        assertThat(sql.sql()).contains("month(\"date\") IN (?, ?, ?)").doesNotContain("month(\"date\") = ?");
        assertThat(sql.params()).containsExactly(12, 1, 2);
        Plan versus = plan("average wind in december vs june", TestCatalogs.weather());
        assertThat(SqlWriter.write(versus).sql()).contains("GROUP BY");
    }

    @Test
    void eachOfWhatTheDatasetIsNamedAfterIsNotTakenForOneFigure() {
        // never one average for all: each stock is a group of the column that names the stocks
        Plan plan = plan("price of each stock at the end of 2009", TestCatalogs.stocks());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("symbol"));
        assertThat(plan.ignored()).isEmpty();
    }

    /** The column a word was linked to by meaning: the answer's note says it took that column for that word. */

    private static void linkedByMeaning(Plan plan, String column, String word) {
        assertThat(plan.guessed()).isTrue();
        assertThat(plan.notes()).contains("Taking " + column + " for '" + word + "' (the closest in meaning).");
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aWordMeaningAColumnLinksToItAsANamedGuess() {
        Plan weight = plan("what is the average weight of Gentoo penguins", TestCatalogs.penguins());
        assertThat(weight.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(weight.measure().name()).isEqualTo("Body Mass (g)");
        // a weight is a quantity of mass, and grams the data's one unit of mass: no guess by meaning is needed
        assertThat(weight.notes()).anyMatch(n -> n.contains("one quantity of mass"));
        assertThat(weight.guessed()).isFalse();
        Plan fuel = plan("average fuel economy by origin", TestCatalogs.cars());
        assertThat(fuel.measure().name()).isEqualTo("Miles_per_Gallon");
        assertThat(fuel.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Origin"));
        linkedByMeaning(fuel, "Miles_per_Gallon", "fuel economy");
    }

    @Test
    void aSuperlativeRanksByTheColumnItMeans() {
        Plan heaviest = plan("which species is the heaviest", TestCatalogs.penguins());
        assertThat(heaviest.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(SqlWriter.write(heaviest).sql()).contains("DESC");
        linkedByMeaning(heaviest, "Body Mass (g)", "heaviest");
        Plan richest = plan("which country is the richest", TestCatalogs.countries());
        assertThat(richest.measure().name()).isEqualTo("income");
        assertThat(SqlWriter.write(richest).sql()).contains("DESC");
        assertThat(richest.guessed()).isFalse(); // rich measures income, no guess by meaning
        assertThat(richest.ignored()).isEmpty();
        Plan poorest = plan("which region is the poorest", TestCatalogs.countries());
        assertThat(poorest.measure().name()).isEqualTo("income");
        assertThat(SqlWriter.write(poorest).sql()).contains("ASC");
        Plan populous = plan("which country is the most populous", TestCatalogs.countries());
        assertThat(populous.measure().name()).isEqualTo("population");
        linkedByMeaning(populous, "population", "populous");
        Plan deadliest = plan("what was the deadliest year", TestCatalogs.disasters());
        assertThat(deadliest.measure().name()).isEqualTo("Deaths");
        assertThat(deadliest.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("Year"));
    }

    @Test
    void aLowEndSuperlativeFindsItsColumnThroughItsAntonym() {
        Plan lightest = plan("which penguin is the lightest", TestCatalogs.penguins());
        assertThat(lightest.kind()).isEqualTo(Plan.Kind.ROWS);
        assertThat(lightest.measure().name()).isEqualTo("Body Mass (g)");
        assertThat(SqlWriter.write(lightest).sql()).contains("ORDER BY \"Body Mass (g)\" ASC");
        linkedByMeaning(lightest, "Body Mass (g)", "lightest");
        assertThat(TestCatalogs.LEXICON.antonyms("light")).contains("heavy");
    }

    @Test
    void aVerbMeaningAColumnTakesTheNumberItIsComparedWith() {
        Plan plan = plan("how many penguins weigh more than 5000", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.filters()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOf(Filter.Compare.class);
            assertThat(f.column().name()).isEqualTo("Body Mass (g)");
        });
        assertThat(SqlWriter.write(plan).params()).containsExactly(5000.0);
        linkedByMeaning(plan, "Body Mass (g)", "weigh");
    }

    @Test
    void theRowsNounAndWordsOfNoColumnNeverLinkByMeaning() {
        Plan films = plan("which film has the best rating", TestCatalogs.movies());
        assertThat(films.notes()).noneMatch(n -> n.contains("closest in meaning"));
        assertThat(films.measure().name()).isEqualTo("IMDB_Rating");
        Plan profit = plan("which genre has the highest profit", TestCatalogs.movies());
        assertThat(profit.notes()).noneMatch(n -> n.contains("closest in meaning"));
        assertThat(profit.measure()).isNull();
        assertThat(profit.ignored()).contains("profit");
        Plan banana = plan("average banana by species", TestCatalogs.penguins());
        assertThat(banana.understood()).isFalse();
        assertThat(banana.ignored()).contains("banana");
        Plan rate = plan("what is the average rate for MSFT", TestCatalogs.stocks());
        assertThat(rate.notes()).noneMatch(n -> n.contains("closest in meaning"));
        assertThat(rate.ignored()).contains("rate");
    }

    @Test
    void aMisspelledValueIsTakenForTheValueAndSaidSo() {
        Plan plan = plan("total quantity for electroncs", TestCatalogs.orders());
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("category"));
        assertThat(SqlWriter.write(plan).params()).containsExactly("Electronics");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).contains("Taking “Electronics” for “electroncs”.");
    }

    @Test
    void aMisspelledColumnWordLinksItsColumn() {
        Plan plan = plan("average flipper lenght of gentoo penguins", TestCatalogs.penguins());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(plan.measure().name()).isEqualTo("Flipper Length (mm)");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).anyMatch(n -> n.contains("for “lenght”"));
        Plan island = plan("how many penguins on torgerson island", TestCatalogs.penguins());
        assertThat(island.notes()).contains("Taking “Torgersen” for “torgerson”.");
        assertThat(SqlWriter.write(island)).isEqualTo(SqlWriter.write(plan("how many penguins on torgersen island",
                TestCatalogs.penguins())));
    }

    @Test
    void aMisspelledWordOfAValueOfSeveralWordsCompletesIt() {
        Plan plan = plan("total units of ofice supplies", TestCatalogs.sales());
        assertThat(SqlWriter.write(plan).params()).containsExactly("Office Supplies");
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.notes()).anyMatch(n -> n.contains("for “ofice”"));
    }

    @Test
    void twoLettersSwappedAreOneEdit() {
        Plan plan = plan("how many days of snwo", TestCatalogs.weather());
        assertThat(SqlWriter.write(plan)).isEqualTo(SqlWriter.write(plan("how many days of snow", TestCatalogs.weather())));
        assertThat(SqlWriter.write(plan).params()).containsExactly("snow");
        assertThat(plan.notes()).contains("Taking “snow” for “snwo”.");
        Plan species = plan("average body mass of chinstarp penguins", TestCatalogs.penguins());
        assertThat(SqlWriter.write(species).params()).containsExactly("Chinstrap");
    }

    @Test
    void anEnglishWordIsNeverCorrectedIntoAnother() {
        // "dram" is one edit from the island Dream, but it is a word: left out and reported, never a filter on Dream
        Plan plan = plan("how many penguins on dram island", TestCatalogs.penguins());
        assertThat(plan.ignored()).contains("dram");
        assertThat(plan.notes()).noneMatch(n -> n.startsWith("Taking “Dream”"));
        assertThat(plan.filters()).isEmpty();
        // nor is a word of three letters: "fgo" stays unplaced
        assertThat(plan("how many days of fgo", TestCatalogs.weather()).ignored()).contains("fgo");
    }

    @Test
    void aWordAsCloseToTwoValuesIsAskedAboutNotAnswered() {
        Plan plan = plan("how many people were wmen in 1900", TestCatalogs.penguins());
        assertThat(plan.understood()).isFalse();
        assertThat(plan.notes()).anyMatch(n -> n.contains("did you mean “men” or “women”?"));
    }
}
