package io.insightx.sqltool.dataset;

import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Data DNA figures against values computed by hand with plain DuckDB queries over the same files. */
@QuarkusTest
class DataDnaTest {

    @Test
    void seattleWeatherFigures() {
        JsonPath dna = upload("seattle-weather.csv", newScope()).setRootPath("dna");
        assertThat(dna.getLong("rowCount")).isEqualTo(1461);
        assertThat(dna.getInt("columnCount")).isEqualTo(6);
        assertThat(dna.getList("columns.semanticType"))
                .containsExactly("datetime", "numeric", "numeric", "numeric", "numeric", "category");

        Map<String, Object> precipitation = dna.getMap("columns[1]");
        assertThat(precipitation).containsEntry("nullCount", 0).containsEntry("min", 0.0).containsEntry("max", 55.9);
        assertThat(dna.getDouble("columns[1].mean")).isCloseTo(3.0294318959616757, within(1e-9));
        assertThat(dna.getDouble("columns[1].stddev")).isCloseTo(6.68019432231474, within(1e-9));
        assertThat(dna.getDouble("columns[1].quantiles.p75")).isCloseTo(2.8, within(1e-9));
        assertThat(dna.getInt("columns[2].distinctCount")).isEqualTo(67);

        assertThat(dna.getString("columns[0].min")).isEqualTo("2012-01-01");
        assertThat(dna.getString("columns[0].max")).isEqualTo("2015-12-31");
        assertThat(dna.getInt("columns[0].distinctCount")).isEqualTo(1461);

        assertThat(dna.getInt("columns[5].distinctCount")).isEqualTo(5);
        assertThat(dna.getList("columns[5].topValues.value")).containsExactly("rain", "sun", "fog", "drizzle", "snow");
        assertThat(dna.getList("columns[5].topValues.count")).containsExactly(641, 640, 101, 53, 26);
        assertThat(dna.getList("sampleRows")).hasSize(5);
        assertThat(dna.getString("sampleRows[0].date")).isEqualTo("2012-01-01");
        assertThat(dna.getList("columns[5].sampleValues")).isNotEmpty().allMatch(List.of("rain", "sun", "fog", "drizzle", "snow")::contains);
        assertThat(dna.getList("warnings")).isEmpty();
    }

    @Test
    void warningsAnAnalystWouldRaise() {
        JsonPath dna = upload("warnings.csv", newScope()).setRootPath("dna");
        assertThat(dna.getList("warnings.code")).containsExactlyInAnyOrder("constant", "mostly-null", "duplicate-rows");
        assertThat(dna.getString("warnings.find { it.code == 'constant' }.column")).isEqualTo("same");
        assertThat(dna.getString("warnings.find { it.code == 'mostly-null' }.message")).contains("75%");
        assertThat(dna.getString("warnings.find { it.code == 'duplicate-rows' }.message")).startsWith("1 rows");
        assertThat(dna.getDouble("columns[3].nullFraction")).isEqualTo(0.75);
    }

    @Test
    void identifiersAndNumbersStoredAsText() {
        JsonPath dates = upload("text-dates.csv", newScope()).setRootPath("dna");
        assertThat(dates.getList("columns.type")).containsExactly("DATE", "VARCHAR", "VARCHAR");
        assertThat(dates.getString("columns[1].semanticType")).isEqualTo("category");
        assertThat(dates.getString("columns[2].semanticType")).isEqualTo("identifier");
        assertThat(dates.getList("warnings.code")).containsExactly("likely-id");

        JsonPath json = upload("rows.ndjson", newScope()).setRootPath("dna");
        assertThat(json.getList("warnings.code")).contains("numbers-as-text");
        assertThat(json.getString("warnings.find { it.code == 'numbers-as-text' }.column")).isEqualTo("num_text");
    }

    @Test
    void categoriesAndBooleansInOtherDatasets() {
        JsonPath penguins = upload("penguins.json", newScope()).setRootPath("dna");
        assertThat(penguins.getString("columns.find { it.name == 'Species' }.semanticType")).isEqualTo("category");
        assertThat(penguins.getList("columns.find { it.name == 'Species' }.topValues.value"))
                .containsExactly("Adelie", "Gentoo", "Chinstrap");
        JsonPath gapminder = upload("gapminder-health-income.csv", newScope()).setRootPath("dna");
        assertThat(gapminder.getString("columns.find { it.name == 'country' }.semanticType")).isEqualTo("identifier");
        assertThat(gapminder.getString("columns.find { it.name == 'region' }.semanticType")).isEqualTo("category");
        JsonPath tabs = upload("tabs.tsv", newScope()).setRootPath("dna");
        assertThat(tabs.getString("columns.find { it.name == 'flag' }.semanticType")).isEqualTo("boolean");
    }
}
