package io.insightx.orchestrator.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.plan.Aggregate;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import io.insightx.orchestrator.agent.offline.sql.SqlWriter;
import org.junit.jupiter.api.Test;

/**
 * Ways analysts type that a new user's session found misread (windvectors, an index's daily prices, an HR export):
 * a camelCase name typed as one word, a superlative before another column's name, a date column's name with a
 * grain, a verb naming the date a period filters, and chat shorthand.
 */
class PhrasingTest {

    private static final Planner PLANNER = new Planner(TestCatalogs.LEXICON);

    @Test
    void aCamelCaseNameTypedAsOneWordIsThatColumn() {
        Plan plan = PLANNER.plan("max speed by dircat", TestCatalogs.wind());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("dirCat"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void aNumberWithFewValuesIsGroupedByAndCorrIsACorrelation() {
        Plan byLatitude = PLANNER.plan("avg speed by latitude", TestCatalogs.wind());
        assertThat(byLatitude.groups()).singleElement().satisfies(g -> assertThat(g.column().name()).isEqualTo("latitude"));
        assertThat(PLANNER.plan("avg speed by longitude and dir", TestCatalogs.wind()).groups()).hasSizeLessThan(2);
        assertThat(PLANNER.plan("corr between latitude and speed", TestCatalogs.wind()).kind())
                .isEqualTo(Plan.Kind.CORRELATION);
    }

    @Test
    void aSuperlativeBeforeAnotherColumnRanksThatColumn() {
        Plan highest = PLANNER.plan("highest close ever and when", TestCatalogs.index());
        assertThat(highest.measure().name()).isEqualTo("close");
        assertThat(highest.aggregate()).isEqualTo(Aggregate.MAX);
        Plan month = PLANNER.plan("which month had the highest avg close", TestCatalogs.index());
        assertThat(month.measure().name()).isEqualTo("close");
        assertThat(month.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(PLANNER.plan("what was the highest high", TestCatalogs.index()).measure().name()).isEqualTo("high");
        // never "lowest record" for record_low with "low" left over to match three columns
        Plan recordLow = PLANNER.plan("whats the lowest record low", TestCatalogs.weekly());
        assertThat(recordLow.measure().name()).isEqualTo("record_low");
        assertThat(recordLow.aggregate()).isEqualTo(Aggregate.MIN);
        assertThat(recordLow.notes()).isEmpty();
        Plan actual = PLANNER.plan("which day had the highest actual high", TestCatalogs.weekly());
        assertThat(actual.measure().name()).isEqualTo("actual_high");
        assertThat(actual.ignored()).isEmpty();
    }

    @Test
    void aDateColumnsNameWithAGrainGroupsAtThatGrain() {
        Plan plan = PLANNER.plan("salary by hire yr", TestCatalogs.staff());
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("hire_date");
            assertThat(g.grain()).isEqualTo(Grain.YEAR);
        });
        assertThat(plan.ignored()).isEmpty();
        assertThat(PLANNER.plan("headcount by hire year", TestCatalogs.staff()).aggregate()).isEqualTo(Aggregate.COUNT);
    }

    @Test
    void peopleHiredInAYearAreCountedNotTheirHireDates() {
        for (String q : new String[] {"how many ppl were hired in 2021", "how many people were hired in 2021"}) {
            Plan plan = PLANNER.plan(q, TestCatalogs.staff());
            assertThat(plan.aggregate()).as(q).isEqualTo(Aggregate.COUNT);
            assertThat(plan.filters()).as(q).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("hire_date"));
            assertThat(plan.ignored()).as(q).isEmpty();
        }
        assertThat(PLANNER.plan("how many women work in sales", TestCatalogs.staff()).ignored()).contains("women");
    }

    @Test
    void aCodeNamedWithOneOfItsNumbersSelectsThoseRows() {
        Plan county = PLANNER.plan("whats the rate for id 1001", TestCatalogs.countyRates());
        assertThat(county.filters()).singleElement().satisfies(f -> assertThat(f.words()).isEqualTo("with id equal to 1001"));
        assertThat(county.ignored()).isEmpty();
        Plan month = PLANNER.plan("avg rate in month 3", TestCatalogs.unemployment());
        assertThat(month.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("month"));
        assertThat(PLANNER.plan("avg rate when the count is above 300", TestCatalogs.unemployment()).filters())
                .singleElement().satisfies(f -> assertThat(f.words()).contains("above 300"));
    }

    @Test
    void operatorsWrittenBetweenSpacesAreArithmetic() {
        Plan range = PLANNER.plan("avg high - low", TestCatalogs.index());
        assertThat(range.measure().formula()).isEqualTo("\"high\" - \"low\"");
        assertThat(range.ignored()).isEmpty();
        assertThat(PLANNER.plan("average of close / open", TestCatalogs.index()).measure().name()).isEqualTo("close / open");
    }

    @Test
    void theWorstDelaysAreTheLongestAndAnUnknownMeasuresWorstIsAGuess() {
        Plan wait = PLANNER.plan("which department has the worst wait on avg", TestCatalogs.clinic());
        assertThat(wait.descending()).isTrue();
        assertThat(wait.guessed()).isFalse();
        Plan rating = PLANNER.plan("worst rated movie", TestCatalogs.movies());
        assertThat(rating.aggregate()).isEqualTo(Aggregate.MIN);
        Plan budget = PLANNER.plan("the worst budget", TestCatalogs.movies());
        assertThat(budget.guessed()).isTrue();
        assertThat(budget.notes()).anyMatch(n -> n.startsWith("Taking “worst” as the lowest"));
    }

    @Test
    void anAverageOfAColumnOfSharesIsAnAverage() {
        Plan plan = PLANNER.plan("avg discount share by party", TestCatalogs.candidates());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.AVG);
        assertThat(PLANNER.plan("what share of candidates are democrats", TestCatalogs.candidates()).aggregate())
                .isEqualTo(Aggregate.SHARE);
    }

    @Test
    void groupsOfCodesAreShownWithTheNamesTheyStandFor() {
        Plan plan = PLANNER.plan("avg habitat share per species", TestCatalogs.habitats());
        assertThat(plan.groups()).extracting(g -> g.column().name()).containsExactly("common_name", "species_code");
        // a column of as many values that stand for no code is not added
        assertThat(PLANNER.plan("avg habitat share by region", TestCatalogs.habitats()).groups()).hasSize(1);
    }

    @Test
    void aFigureOverTheWholePeriodIsNoQuestionAboutTheTimeSpan() {
        Plan low = PLANNER.plan("lowest intraday low over the whole period", TestCatalogs.index());
        assertThat(low.kind()).isNotEqualTo(Plan.Kind.TIME_RANGE);
        assertThat(low.measure().name()).isEqualTo("low");
        assertThat(PLANNER.plan("what period does the data cover", TestCatalogs.index()).kind()).isEqualTo(Plan.Kind.TIME_RANGE);
    }

    @Test
    void columnsNamedByOneLetterAndAStandardDeviation() {
        Plan avg = PLANNER.plan("avg y by series", TestCatalogs.anscombe());
        assertThat(avg.measure().name()).isEqualTo("Y");
        assertThat(avg.ignored()).isEmpty();
        Plan sd = PLANNER.plan("std dev of y per series", TestCatalogs.anscombe());
        assertThat(sd.aggregate()).isEqualTo(Aggregate.STDDEV);
        assertThat(sd.ignored()).isEmpty();
        assertThat(PLANNER.plan("correlation x y for series II", TestCatalogs.anscombe()).kind())
                .isEqualTo(Plan.Kind.CORRELATION);
    }

    @Test
    void aCorrelationThatCannotBeComputedIsReported() {
        Plan plan = PLANNER.plan("correlation of series and x", TestCatalogs.anscombe());
        assertThat(plan.kind()).isNotEqualTo(Plan.Kind.CORRELATION);
        assertThat(plan.ignored()).contains("correlation");
    }

    @Test
    void aComparisonBeforeAColumnsNameAndItsNumber() {
        Plan plan = PLANNER.plan("how many penguins over body mass 5000", TestCatalogs.penguins());
        assertThat(plan.ignored()).isEmpty();
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.words()).isEqualTo("with body mass above 5000 g"));
    }

    @Test
    void aGrainIsNoStretchOfTimeBetweenTwoDates() {
        Plan plan = PLANNER.plan("tickets by weekday", TestCatalogs.tickets());
        assertThat(plan.measure()).isNull();
        // the date taken unasked is said, the other named beside it; no time between the two
        assertThat(plan.notes()).containsExactly("Dated by Opened At; the data also dates rows by Closed At.");
    }

    @Test
    void aLabelWithATimeUnitCountsThePairs() {
        Plan plan = PLANNER.plan("# of campaign-days with fewer than 5 conversions", TestCatalogs.campaigns());
        assertThat(plan.ignored()).isEmpty();
        assertThat(SqlWriter.write(plan).sql()).contains("count(DISTINCT ((\"campaign_name\", CAST(\"date\" AS DATE))))");
    }

    @Test
    void theMonthsOfDataOfOneYearAreNamedAndNumbered() {
        Plan plan = PLANNER.plan("total spend per month", TestCatalogs.campaigns());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH_OF_ONE_YEAR));
        assertThat(SqlWriter.write(plan).sql()).contains("strftime(\"date\", '%Y-%m') AS \"month\"",
                "month(min(\"date\")) AS \"month_of_the_year\"", "monthname(min(\"date\")) AS \"month_name\"");
        assertThat(PLANNER.plan("avg wind by month", TestCatalogs.weather()).groups())
                .singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH));
    }

    @Test
    void wordsOfTimeInsideAColumnsWholeNameAreThatColumn() {
        Plan visits = PLANNER.plan("avg visits_last_month by plan", TestCatalogs.members());
        assertThat(visits.measure().name()).isEqualTo("visits_last_month");
        assertThat(visits.filters()).isEmpty(); // never joined "in last month"
        Plan fee = PLANNER.plan("avg monthly fee", TestCatalogs.members());
        assertThat(fee.measure().name()).isEqualTo("monthly_fee");
        assertThat(fee.groups()).isEmpty();
        assertThat(fee.ignored()).isEmpty();
        assertThat(PLANNER.plan("total visits last month in 2023", TestCatalogs.members()).filters())
                .singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("join_date"));
    }

    @Test
    void aStateThatLastsUntilAnEndKeepsTheRowsWithoutThatEnd() {
        Plan active = PLANNER.plan("how many active members", TestCatalogs.members());
        assertThat(SqlWriter.write(active).sql()).contains("\"cancel_date\" IS NULL");
        assertThat(active.notes()).anySatisfy(n -> assertThat(n).contains("“active” as having no cancel_date"));
        assertThat(SqlWriter.write(PLANNER.plan("how many former members", TestCatalogs.members())).sql())
                .contains("\"cancel_date\" IS NOT NULL");
        // both states named: not a filter for either, which would keep no row
        Plan both = PLANNER.plan("avg age active vs cancelled", TestCatalogs.members());
        assertThat(SqlWriter.write(both).sql()).doesNotContain("IS NULL AND");
        assertThat(both.ignored()).contains("active");
    }

    @Test
    void anHourOverMonthsOfDataIsTheHourOnTheClockUnlessOneHourIsRanked() {
        Plan busiest = PLANNER.plan("whats the busiest hour", TestCatalogs.meals());
        assertThat(busiest.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
        assertThat(PLANNER.plan("orders by hour", TestCatalogs.meals()).groups())
                .singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.HOUR_OF_DAY));
        assertThat(PLANNER.plan("orders by hour", TestCatalogs.meals()).notes()).isEmpty(); // "orders" are the rows
    }

    @Test
    void aCompassWordSaysTheAxisWhateverColumnIsNamedNearer() {
        Plan north = PLANNER.plan("avg speed north of 50 latitude", TestCatalogs.wind());
        assertThat(north.measure().name()).isEqualTo("speed");
        assertThat(SqlWriter.write(north).sql()).contains("\"latitude\" > ?");
        assertThat(SqlWriter.write(north).params()).containsExactly(50.0);
        // data that holds only 45..60 north: "south of 50" is below 50, not below -50
        assertThat(SqlWriter.write(PLANNER.plan("avg speed south of 50", TestCatalogs.wind())).params()).containsExactly(50.0);
        // longitudes on both sides of 0: "west of 100" is west of 100°W
        assertThat(SqlWriter.write(PLANNER.plan("how many airports west of 100", TestCatalogs.airports())).params())
                .containsExactly(-100.0);
    }

    @Test
    void moneyAndWordsOfTheDataAreRead() {
        Plan revenue = PLANNER.plan("revenue by city", TestCatalogs.meals());
        assertThat(revenue.measure().name()).isEqualTo("subtotal");
        assertThat(revenue.aggregate()).isEqualTo(Aggregate.SUM);
        Plan tip = PLANNER.plan("avg tip pct of subtotal", TestCatalogs.meals());
        assertThat(tip.measure().formula()).isEqualTo("100.0 * \"tip\" / nullif(\"subtotal\", 0)");
        assertThat(tip.measure().unit()).isEqualTo("%");
        // "wind" of windvectors.csv says what the data is about
        assertThat(PLANNER.plan("avg wind speed", TestCatalogs.wind()).ignored()).isEmpty();
    }

    @Test
    void howToComputeIsNoQuestionOfItsOwn() {
        // "ignore blank ratings" says how to compute; it asks nothing about missing values
        assertThat(PLANNER.plan("avg helpful votes by platform, ignore blank ratings", TestCatalogs.reviews()).kind())
                .isEqualTo(Plan.Kind.AGGREGATE);
        assertThat(PLANNER.plan("how many blank ratings", TestCatalogs.reviews()).kind()).isEqualTo(Plan.Kind.MISSING);
    }

    @Test
    void aFlagRankedBestIsItsRateAndADateBesideAGrainIsWhoseGrain() {
        Plan best = PLANNER.plan("which landing page converts best", TestCatalogs.sessions());
        assertThat(best.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(best.limit()).isEqualTo(1);
        assertThat(PLANNER.plan("how many sessions converted by device", TestCatalogs.sessions()).aggregate())
                .isNotEqualTo(Aggregate.SHARE);
        Plan quarters = PLANNER.plan("sessions per quarter by signup date", TestCatalogs.sessions());
        assertThat(quarters.groups()).singleElement().satisfies(g -> {
            assertThat(g.column().name()).isEqualTo("signup_date");
            assertThat(g.grain()).isEqualTo(Grain.QUARTER);
        });
    }

    @Test
    void aNounOfTheVerbAColumnSaysHappenedIsThatColumn() {
        // WordNet's derivations: conversion → convert, the event of the flag "converted"
        Plan plan = PLANNER.plan("conversion rate by device", TestCatalogs.sessions());
        assertThat(plan.aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(plan.filters()).singleElement().satisfies(f -> assertThat(f.column().name()).isEqualTo("converted"));
        assertThat(plan.ignored()).isEmpty();
    }

    @Test
    void lookupsAreInTimeOrderAndSayHowManyThereAre() {
        // a new user saw 2008's closes out of order, with "80 more rows" where 253 matched
        String sql = SqlWriter.write(PLANNER.plan("% change in close during 2008", TestCatalogs.index())).sql();
        assertThat(sql).contains("count(*) OVER () AS \"rows matching\"").contains("ORDER BY 2, 1");
    }
}
