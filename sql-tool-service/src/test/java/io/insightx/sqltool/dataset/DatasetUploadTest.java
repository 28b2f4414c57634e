package io.insightx.sqltool.dataset;

import static io.insightx.sqltool.support.TestDatasets.api;
import static io.insightx.sqltool.support.TestDatasets.bytes;
import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.post;
import static io.insightx.sqltool.support.TestDatasets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatasetUploadTest {

    @Test
    void csvBecomesATypedDataset() {
        JsonPath ds = upload("seattle-weather.csv", newScope());
        assertThat(ds.getString("tableName")).isEqualTo("seattle_weather");
        assertThat(ds.getString("format")).isEqualTo("csv");
        assertThat(ds.getLong("rowCount")).isEqualTo(1461);
        assertThat(ds.getList("dna.columns.type")).containsExactly("DATE", "DOUBLE", "DOUBLE", "DOUBLE", "DOUBLE", "VARCHAR");
    }

    @Test
    void datesWrittenAsWordsBecomeDates() {
        JsonPath ds = upload("stocks.csv", newScope());
        assertThat(ds.getList("dna.columns.type")).containsExactly("VARCHAR", "DATE", "DOUBLE");
        assertThat(ds.getString("dna.columns[1].min")).isEqualTo("2000-01-01");
        assertThat(ds.getString("dna.sampleRows[0].date")).isEqualTo("2000-01-01");
    }

    @Test
    void jsonArrayKeepsColumnNamesWithSpacesAndParentheses() {
        JsonPath ds = upload("penguins.json", newScope());
        assertThat(ds.getString("format")).isEqualTo("json");
        assertThat(ds.getLong("rowCount")).isEqualTo(344);
        assertThat(ds.getList("dna.columns.name")).contains("Beak Length (mm)", "Body Mass (g)");
        assertThat(ds.getLong("dna.columns.find { it.name == 'Beak Length (mm)' }.nullCount")).isEqualTo(2);
    }

    @Test
    void objectsInsideJsonRowsBecomeColumnsOfTheirOwn() {
        JsonPath ds = upload("nested-weather.json", newScope());
        assertThat(ds.getList("dna.columns.name")).contains("day", "id", "record_high", "record_low", "actual_high",
                "forecast_range_low", "forecast_range_high").doesNotContain("record", "forecast");
        assertThat(ds.getString("dna.columns.find { it.name == 'record_low' }.type")).isEqualTo("BIGINT");
        assertThat(ds.getLong("dna.columns.find { it.name == 'forecast_range_high' }.nullCount")).isEqualTo(4);
    }

    @Test
    void aFieldMixingKindsOfScalarsBecomesTextAndOneHoldingObjectsStaysJson() {
        JsonPath ds = upload("mixed-flags.json", newScope());
        assertThat(ds.getString("dna.columns.find { it.name == 'hasDog' }.type")).isEqualTo("VARCHAR");
        assertThat(ds.getList("dna.sampleRows.hasDog")).containsExactly("true", "yes", "false", "N", null);
        assertThat(ds.getString("dna.columns.find { it.name == 'extra' }.type")).isEqualTo("JSON");
    }

    @Test
    void timestampsWrittenWithSlashesBecomeTimestamps() {
        JsonPath ds = upload("slashed-times.csv", newScope());
        assertThat(ds.getList("dna.columns.type")).containsExactly("TIMESTAMP", "BIGINT", "VARCHAR");
    }

    @Test
    void aGeoJsonCollectionIsReadAsItsFeaturesWithTheirTimes() {
        JsonPath ds = upload("quakes.geojson.json", newScope());
        assertThat(ds.getLong("rowCount")).isEqualTo(3);
        assertThat(ds.getList("dna.columns.name")).contains("id", "properties_mag", "properties_place", "properties_time",
                "geometry_coordinates").doesNotContain("features", "metadata");
        assertThat(ds.getString("dna.columns.find { it.name == 'properties_time' }.type")).isEqualTo("TIMESTAMP");
        assertThat(ds.getString("dna.columns.find { it.name == 'properties_time' }.min")).startsWith("2018-01-31");
    }

    @Test
    void numbersWrittenForPeopleBecomeNumbersAndCodesStayText() {
        JsonPath ds = upload("written-numbers.json", newScope());
        assertThat(ds.getString("dna.columns.find { it.name == '2015' }.type")).isEqualTo("BIGINT");
        assertThat(ds.getLong("dna.columns.find { it.name == '2015' }.min")).isEqualTo(-2_516_000L);
        assertThat(ds.getLong("dna.columns.find { it.name == '2015' }.max")).isEqualTo(1_478_026_000L);
        assertThat(ds.getString("dna.columns.find { it.name == 'price' }.type")).isEqualTo("DOUBLE");
        assertThat(ds.getDouble("dna.columns.find { it.name == 'price' }.max")).isEqualTo(1200.5);
        assertThat(ds.getString("dna.columns.find { it.name == 'zip' }.type")).isEqualTo("VARCHAR");
        assertThat(ds.getString("dna.columns.find { it.name == 'note' }.type")).isEqualTo("VARCHAR");
    }

    @Test
    void semicolonsWithByteOrderMarkAndSymbolsInHeaders() {
        JsonPath ds = upload("bom-semicolon.csv", newScope());
        assertThat(ds.getList("dna.columns.name")).containsExactly("city", "price ($)", "qty (units)");
        assertThat(ds.getList("dna.sampleRows.city")).containsExactly("Oslo", "Bergen", "Trond;heim");
        assertThat(ds.getList("dna.sampleRows.'qty (units)'")).containsExactly(3, null, 10);
    }

    @Test
    void quotedNewlinesAndQuotesSurvive() {
        JsonPath ds = upload("quoted-newlines.csv", newScope());
        assertThat(ds.getList("dna.sampleRows.comment")).containsExactly("line one\nline two", "said \"hi\"", null);
    }

    @Test
    void tabSeparatedAndNewlineDelimitedJson() {
        assertThat(upload("tabs.tsv", newScope()).getList("dna.columns.type")).containsExactly("VARCHAR", "BIGINT", "BOOLEAN");
        JsonPath ndjson = upload("rows.ndjson", newScope());
        assertThat(ndjson.getString("format")).isEqualTo("ndjson");
        assertThat(ndjson.getLong("rowCount")).isEqualTo(3);
    }

    @Test
    void parquetIsDetectedFromItsBytesNotItsName() {
        String scope = newScope();
        String id = upload("seattle-weather.csv", scope).getString("id");
        byte[] parquet = api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(id), "sql", "SELECT * FROM seattle_weather WHERE weather = 'snow'"))
                .post("/v1/query/export?format=parquet").then().statusCode(200).extract().asByteArray();
        JsonPath ds = post("snow-days.dat", parquet, scope).statusCode(201).extract().jsonPath();
        assertThat(ds.getString("format")).isEqualTo("parquet");
        assertThat(ds.getString("tableName")).isEqualTo("snow_days_dat");
        assertThat(ds.getLong("rowCount")).isEqualTo(26);
    }

    @Test
    void unusableFilesAreRefusedClearly() {
        String scope = newScope();
        post("empty.csv", bytes("empty.csv"), scope).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("empty"));
        post("header-only.csv", bytes("header-only.csv"), scope).statusCode(422)
                .body("code", equalTo("unreadable-dataset")).body("detail", containsString("no data rows"));
        post("binary.csv", bytes("binary.csv"), scope).statusCode(415).body("code", equalTo("unsupported-format"));
        post("big.csv", new byte[2 * 1024 * 1024], scope).statusCode(413).body("code", equalTo("upload-too-large"));
        api().multiPart("name", "no file").post("/v1/datasets").then().statusCode(400);
        // Nothing of the refused uploads was kept.
        api().queryParam("scope", scope).get("/v1/datasets").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void tableNamesAreReadableAndUniqueWithinAScope() {
        String scope = newScope();
        byte[] csv = bytes("tabs.tsv");
        assertThat(uploadNamed("Seattle Weather.csv", csv, scope)).isEqualTo("seattle_weather");
        assertThat(uploadNamed("Seattle Weather.csv", csv, scope)).isEqualTo("seattle_weather_2");
        assertThat(uploadNamed("Seattle Weather.csv", csv, newScope())).isEqualTo("seattle_weather");
        assertThat(uploadNamed("select.csv", csv, scope)).isEqualTo("select_data");
        assertThat(uploadNamed("2024 Sales (€).csv", csv, scope)).isEqualTo("t_2024_sales");
    }

    @Test
    void datasetLifecycle() {
        String id = upload("tabs.tsv", newScope()).getString("id");
        api().get("/v1/datasets/" + id).then().statusCode(200).body("id", equalTo(id));
        api().get("/v1/datasets/" + id + "/dna").then().statusCode(200).body("datasetId", equalTo(id))
                .body("rowCount", equalTo(3));
        api().get("/v1/datasets/" + id + "/preview?limit=2").then().statusCode(200)
                .body("rowCount", equalTo(2)).body("truncated", equalTo(true))
                .body("rows[0]", equalTo(List.of("alpha", 1, true)));
        api().delete("/v1/datasets/" + id).then().statusCode(204);
        api().get("/v1/datasets/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("dataset-not-found"));
        api().get("/v1/datasets/" + id + "/preview").then().statusCode(404);
        api().delete("/v1/datasets/" + id).then().statusCode(404);
    }

    private static String uploadNamed(String name, byte[] content, String scope) {
        return api().multiPart("file", "data.tsv", content).multiPart("name", name).multiPart("scope", scope)
                .post("/v1/datasets").then().statusCode(201).extract().path("tableName");
    }
}
