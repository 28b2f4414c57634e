package io.insightx.sqltool.query;

import static io.insightx.sqltool.support.TestDatasets.api;
import static io.insightx.sqltool.support.TestDatasets.newScope;
import static io.insightx.sqltool.support.TestDatasets.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueryTest {

    String weather;

    @BeforeEach
    void uploadWeather() {
        weather = upload("seattle-weather.csv", newScope()).getString("id");
    }

    @Test
    void groupByOverADataset() {
        JsonPath result = query("SELECT weather, count(*) AS days, round(avg(temp_max), 2) AS avg_max "
                + "FROM seattle_weather GROUP BY weather ORDER BY days DESC", null).statusCode(200).extract().jsonPath();
        assertThat(result.getList("columns.name")).containsExactly("weather", "days", "avg_max");
        assertThat(result.getList("columns.type")).containsExactly("VARCHAR", "BIGINT", "DOUBLE");
        assertThat(result.getList("rows[0]")).containsExactly("rain", 641, 13.45f);
        assertThat(result.getInt("rowCount")).isEqualTo(5);
        assertThat(result.getBoolean("truncated")).isFalse();
        assertThat(result.getLong("elapsedMs")).isNotNegative();
    }

    @Test
    void resultsStopAtMaxRows() {
        query("SELECT * FROM seattle_weather", Map.of("maxRows", 10)).statusCode(200)
                .body("rowCount", equalTo(10)).body("truncated", equalTo(true)).body("rows.size()", equalTo(10));
        query("SELECT * FROM seattle_weather", Map.of("maxRows", 1_000_000)).statusCode(400)
                .body("code", equalTo("invalid-request"));
    }

    @Test
    void paramsAreBoundAsData() {
        query("SELECT count(*) AS days FROM seattle_weather WHERE weather = ? AND temp_max > ?",
                Map.of("params", List.of("sun", 30))).statusCode(200).body("rows[0][0]", equalTo(50));
        // A value that would end a spliced literal is only a value: it matches nothing and changes nothing.
        query("SELECT count(*) FROM seattle_weather WHERE weather = ?", Map.of("params", List.of("x' OR '1'='1")))
                .statusCode(200).body("rows[0][0]", equalTo(0));
    }

    @Test
    void valuesKeepTheirTypesInJson() {
        String body = query("SELECT 1::TINYINT AS i8, 9007199254740993::BIGINT AS i64, "
                + "170141183460469231731687303715884105727::HUGEINT AS huge, 12.34::DECIMAL(10,2) AS dec, "
                + "'NaN'::DOUBLE AS nan, 'inf'::DOUBLE AS inf, DATE '2020-01-02' AS d, "
                + "TIMESTAMP '2020-01-02 03:04:05' AS ts, [1, 2] AS list, {'a': 1, 'b': 'x'} AS struct, "
                + "NULL AS nothing, true AS yes, 'text' AS txt", null).statusCode(200).extract().asString();
        assertThat(body).contains("[1,9007199254740993,\"170141183460469231731687303715884105727\",12.34,"
                + "\"NaN\",\"Infinity\",\"2020-01-02\",\"2020-01-02T03:04:05\",[1,2],{\"a\":1,\"b\":\"x\"},null,true,\"text\"]");
        assertThat(body).contains("{\"name\":\"dec\",\"type\":\"DECIMAL(10,2)\"}");
    }

    @Test
    void describeAndSummarizeAreReads() {
        query("DESCRIBE seattle_weather", null).statusCode(200).body("rowCount", equalTo(6));
        query("SUMMARIZE seattle_weather", null).statusCode(200).body("rows[0][0]", equalTo("date"));
        query("WITH hot AS (SELECT * FROM seattle_weather WHERE temp_max > 30) SELECT count(*) FROM hot", null)
                .statusCode(200).body("rows[0][0]", equalTo(53));
    }

    @Test
    void badSqlCarriesDuckDbsMessage() {
        query("SELECT nope FROM seattle_weather", null).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("sql-error")).body("detail", startsWith("Binder Error"))
                .body("detail", containsString("nope"));
        query("SELEC 1", null).statusCode(400).body("detail", containsString("syntax error"));
        query("SELECT * FROM missing_table", null).statusCode(400).body("detail", containsString("missing_table"));
        query(" ", null).statusCode(400).body("code", equalTo("invalid-request"));
        api().contentType("application/json").body(Map.of("datasetIds", List.of("no-such-id"), "sql", "SELECT 1"))
                .post("/v1/query").then().statusCode(404).body("code", equalTo("dataset-not-found"));
    }

    @Test
    void runawayQueryIsCancelledAndTheServiceStaysHealthy() {
        query("SELECT count(*) FROM range(1000000000) a, range(1000000000) b", Map.of("timeoutMs", 500))
                .statusCode(408).body("code", equalTo("sql-timeout"));
        query("SELECT count(*) FROM seattle_weather", null).statusCode(200).body("rows[0][0]", equalTo(1461));
        api().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void exportsTheWholeResult() {
        String csv = export("SELECT date, weather FROM seattle_weather ORDER BY date", "csv").statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        assertThat(csv.lines()).hasSize(1462).first().isEqualTo("date,weather");
        String json = export("SELECT weather, count(*) AS n FROM seattle_weather GROUP BY 1 ORDER BY 2 DESC", "json")
                .statusCode(200).extract().asString();
        assertThat(json).startsWith("[").contains("{\"weather\":\"rain\",\"n\":641}");
        export("SELECT 1", "xlsx").statusCode(400);
        export("COPY seattle_weather TO '/tmp/x.csv'", "csv").statusCode(403);
        export("SELECT 1 -- a trailing comment", "csv").statusCode(200).body(equalTo("1\n1\n"));
    }

    private ValidatableResponse query(String sql, Map<String, Object> options) {
        return api().contentType("application/json").body(request(sql, options)).post("/v1/query").then();
    }

    private ValidatableResponse export(String sql, String format) {
        return api().contentType("application/json").body(request(sql, null))
                .post("/v1/query/export?format=" + format).then();
    }

    private Map<String, Object> request(String sql, Map<String, Object> options) {
        Map<String, Object> body = new HashMap<>(options == null ? Map.of() : options);
        body.put("datasetIds", List.of(weather));
        body.put("sql", sql);
        return body;
    }
}
