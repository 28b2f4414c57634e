package io.insightx.orchestrator.agent.offline.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import io.insightx.orchestrator.agent.offline.link.Catalog;
import io.insightx.orchestrator.agent.offline.plan.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plan outlined as the chips a person changes, and the questions the workspace writes from them understood back. */
class PlanOutlineTest {

    private final Planner planner = new Planner(TestCatalogs.LEXICON);

    private JsonNode outline(String question, Catalog catalog) {
        return PlanOutline.of(planner.plan(question, catalog));
    }

    @Test
    void aFigurePerGroupInAPeriodIsOutlinedWhole() {
        assertThat(outline("average temp_max by weather in 2014", TestCatalogs.weather())).hasToString(
                "{\"aggregate\":\"avg\",\"measure\":\"temp_max\",\"groups\":[\"weather\"],"
                        + "\"filters\":[{\"column\":\"date\",\"text\":\"in 2014\"}]}");
    }

    @Test
    void aCountHasNoMeasureAndAValueFilterSaysItsColumn() {
        JsonNode outline = outline("how many days by month where weather is rain", TestCatalogs.weather());
        assertThat(outline.path("aggregate").asText()).isEqualTo("count");
        assertThat(outline.has("measure")).isFalse();
        assertThat(outline.path("groups").toString()).isEqualTo("[\"month\"]");
        assertThat(outline.path("filters").toString()).isEqualTo("[{\"column\":\"weather\",\"text\":\"where weather is rain\"}]");
    }

    @Test
    void answersThatAreNoFigurePerGroupHaveNoOutline() {
        assertThat(outline("histogram of temp_max", TestCatalogs.weather())).isNull();
        assertThat(outline("what columns are there", TestCatalogs.weather())).isNull();
        assertThat(outline("correlation between temp_max and temp_min", TestCatalogs.weather())).isNull();
        assertThat(outline("the 3 weathers with the highest average temp_max", TestCatalogs.weather())).isNull();
    }

    /** The words the workspace writes for each aggregate chip (js/chips.js) are read back as that aggregate. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "count by weather | count | [\"weather\"]",
            "how many rows in 2014 | count | []", "total precipitation by weather | sum | [\"weather\"]",
            "average temp_max by weather | avg | [\"weather\"]", "median temp_max by month | median | [\"month\"]",
            "minimum temp_max by weather | min | [\"weather\"]", "maximum temp_max by weather | max | [\"weather\"]",
            "average wind by weather in 2014 | avg | [\"weather\"]" })
    void theQuestionsTheChipsWriteAreUnderstoodBack(String question, String aggregate, String groups) {
        JsonNode outline = outline(question, TestCatalogs.weather());
        assertThat(outline).as(question).isNotNull();
        assertThat(outline.path("aggregate").asText()).isEqualTo(aggregate);
        assertThat(outline.path("groups").toString()).isEqualTo(groups);
    }
}
