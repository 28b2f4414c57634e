package io.insightx.orchestrator.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.StepResult;
import org.junit.jupiter.api.Test;

class GroundingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final Grounding weather = Grounding.of("average temp_max by weather in 2015", List.of(sql(
            "SELECT weather, avg(temp_max) AS avg_max, count(*) AS days FROM seattle_weather GROUP BY 1",
            "{\"columns\":[{\"name\":\"weather\"},{\"name\":\"avg_max\"},{\"name\":\"days\"}],"
                    + "\"rows\":[[\"fog\",16.7566,101],[\"sun\",19.8612,640],[\"rain\",13.4547,641]],\"rowCount\":3}")));

    @Test
    void roundedValuesCountsAndYearsAreSupported() {
        assertThat(weather.unsupported("Fog averages **16.76 °C**, sun 19.9 °C and rain about 13 °C "
                + "(1,382 days in all, 3 kinds of weather, in 2015).")).isEmpty();
    }

    @Test
    void differencesRatiosAndPercentagesOfResultsAreSupported() {
        assertThat(weather.unsupported("Sun is 6.4 °C warmer than rain, 47.6% more, about 1.5 times as warm.")).isEmpty();
    }

    @Test
    void listNumbersNeedNoSupport() {
        assertThat(weather.unsupported("1. Sun\n2. Fog\n3. Rain\n4. Snow\n5. Drizzle")).isEmpty();
    }

    @Test
    void madeUpNumbersAreListedAsWritten() {
        assertThat(weather.unsupported("Fog is warmest at 25.3 °C, on 1,234 days; 12% of days are foggy."))
                .containsExactly("25.3", "1,234", "12%");
    }

    @Test
    void aNumberRoundedTooFarIsNotSupported() {
        assertThat(weather.unsupported("Fog averages 16.9 °C.")).containsExactly("16.9");
    }

    static StepResult sql(String sql, String output) {
        try {
            JsonNode node = JSON.readTree(output);
            return new StepResult("run_sql", sql, node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
