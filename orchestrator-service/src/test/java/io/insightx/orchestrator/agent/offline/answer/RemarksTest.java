package io.insightx.orchestrator.agent.offline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.plan.Grain;
import io.insightx.orchestrator.agent.offline.plan.Plan;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import org.junit.jupiter.api.Test;

/** A "from the first to the last it rises" sentence only on a time line, never on a cycle or on categories. */
class RemarksTest {

    private final Planner planner = new Planner(TestCatalogs.LEXICON);

    @Test
    void aCycleOfWeekdaysGetsNoTrendSentence() {
        Plan plan = planner.plan("average temp_max by weekday", TestCatalogs.weather());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.WEEKDAY));
        String remark = Remarks.of(plan, result("Monday", 10.0, "Tuesday", 14.0, "Sunday", 12.0));
        assertThat(remark).doesNotContain("From Monday to Sunday").doesNotContain("rises")
                .contains("**Tuesday** is highest");
    }

    @Test
    void theMonthsOfTheYearGetNoTrendSentence() {
        Plan plan = planner.plan("average temp_max by month of the year", TestCatalogs.weather());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.MONTH_OF_YEAR));
        String remark = Remarks.of(plan, result("January", 5.0, "July", 25.0, "December", 6.0));
        assertThat(remark).doesNotContain("From January").contains("**July** is highest");
    }

    @Test
    void yearsAreATimeLineAndGetTheTrendSentence() {
        Plan plan = planner.plan("average temp_max by year", TestCatalogs.weather());
        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.grain()).isEqualTo(Grain.YEAR));
        String remark = Remarks.of(plan, result("2012", 15.0, "2013", 16.0, "2015", 17.0));
        assertThat(remark).contains("From 2012 to 2015 it rises");
    }

    @Test
    void aRowOfTwoGroupingsIsNamedByBoth() {
        Plan plan = planner.plan("average temp_max by weather and year", TestCatalogs.weather());
        ObjectNode sql = TestCatalogs.JSON.createObjectNode();
        ArrayNode rows = sql.putArray("rows");
        rows.addArray().add("sun").add(2024).add(20.0);
        rows.addArray().add("snow").add(2024).add(3.0);
        rows.addArray().add("").add(2023).add(9.0);
        assertThat(Remarks.of(plan, sql)).contains("**sun, 2024** is highest").contains("**snow, 2024** lowest");
        assertThat(Remarks.name(rows.get(2), 2)).isEqualTo("(blank), 2023");
    }

    @Test
    void aLineBackWhereItBeganAfterAPeakIsNotFlatAndANegativeStartHasNoPercent() {
        Plan plan = planner.plan("average temp_max by year", TestCatalogs.weather());
        assertThat(Remarks.of(plan, result("2012", 0.0, "2013", 287.0, "2014", 0.0)))
                .contains("it rises and falls back to where it began").doesNotContain("flat");
        assertThat(Remarks.of(plan, result("2012", -0.02, "2013", 0.1, "2014", 0.26)))
                .contains("it rises;").doesNotContain("%");
    }

    @Test
    void aShareIsSaidInPercentAndItsPercentIsNoKey() {
        Plan plan = planner.plan("share of days by weather", TestCatalogs.weather());
        ObjectNode sql = TestCatalogs.JSON.createObjectNode();
        ArrayNode rows = sql.putArray("rows");
        rows.addArray().add("sun").add(23.888888).add(0.23888888);
        rows.addArray().add("snow").add(2.5).add(0.025);
        assertThat(Remarks.of(plan, sql)).contains("**sun** is highest (23.89%)").contains("**snow** lowest (2.5%)");
    }

    @Test
    void aYearInACamelCaseNameIsWrittenWithoutSeparators() {
        assertThat(Cells.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1980), "budgetYear", "BIGINT")).isEqualTo("1980");
        assertThat(Cells.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1980), "budget", "BIGINT")).isEqualTo("1,980");
    }

    @Test
    void tiesAreNamedTogetherAndEqualGroupsAreSaidToBeEqual() {
        Plan plan = planner.plan("average temp_max by weather", TestCatalogs.weather());
        assertThat(Remarks.of(plan, result("C128", 8.0, "C156", 8.0, "C160", 8.0)))
                .isEqualTo("\n\nAll 3 have the same figure (8).").doesNotContain("lowest");
        assertThat(Remarks.of(plan, result("sun", 12.0, "fog", 12.0, "snow", 3.0)))
                .contains("**sun** and **fog** are highest (12) and **snow** lowest (3)");
        Plan years = planner.plan("average temp_max by year", TestCatalogs.weather());
        assertThat(Remarks.of(years, result("2000", 12.0, "2001", 12.0, "2002", 3.0, "2003", 5.0)))
                .contains("the peak is **2000** and **2001** (12)");
    }

    private static JsonNode result(Object... keyValue) {
        ObjectNode sql = TestCatalogs.JSON.createObjectNode();
        ArrayNode rows = sql.putArray("rows");
        for (int i = 0; i < keyValue.length; i += 2) {
            rows.addArray().add((String) keyValue[i]).add((Double) keyValue[i + 1]);
        }
        return sql;
    }
}
