package io.insightx.sqltool.query;

import static io.insightx.sqltool.support.TestDatasets.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.insightx.sqltool.work.WorkRoot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Results are capped by bytes as well as rows (the test profile caps both results and exports at 4 MiB). */
@QuarkusTest
class ResultCapTest {

    static final int CAP = 4 * 1024 * 1024;

    @Inject
    WorkRoot workRoot;

    @Test
    void megabyteRowsStopAtTheByteCapInsteadOfFillingTheHeap() {
        query("SELECT repeat('x', 1000000) AS s FROM range(50)", Map.of("maxRows", 50, "timeoutMs", 60_000))
                .statusCode(200).body("truncated", equalTo(true))
                .body("truncatedReason", equalTo("max-result-bytes")).body("limit", equalTo(CAP))
                .body("rowCount", equalTo(4)).body("rows.size()", equalTo(4));
        // The service answers the next query at once.
        query("SELECT 42 AS answer", Map.of()).statusCode(200).body("rows[0][0]", equalTo(42));
    }

    @Test
    void rowCapIsStatedToo() {
        query("SELECT * FROM range(10)", Map.of("maxRows", 3)).statusCode(200).body("truncated", equalTo(true))
                .body("truncatedReason", equalTo("max-rows")).body("limit", equalTo(3));
        query("SELECT * FROM range(3)", Map.of("maxRows", 3)).statusCode(200).body("truncated", equalTo(false))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("truncatedReason")));
    }

    @Test
    void exportsStopAtTheirByteCapAndLeaveNoFile() throws IOException {
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(), "sql", "SELECT repeat('x', 1000) AS s FROM range(100000)"))
                .post("/v1/query/export?format=csv").then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("export-too-large")).body("detail", containsString(Integer.toString(CAP)));
        assertThat(exportFiles()).isEmpty();
    }

    @Test
    void timedOutExportsLeaveNoFile() throws IOException {
        api().contentType("application/json")
                .body(Map.of("datasetIds", List.of(), "timeoutMs", 300,
                        "sql", "SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b"))
                .post("/v1/query/export?format=csv").then().statusCode(408).body("code", equalTo("sql-timeout"));
        assertThat(exportFiles()).isEmpty();
    }

    private List<Path> exportFiles() throws IOException {
        try (Stream<Path> files = Files.walk(workRoot.dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith("export-")).toList();
        }
    }

    private static ValidatableResponse query(String sql, Map<String, Object> options) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("datasetIds", List.of());
        body.put("sql", sql);
        return api().contentType("application/json").body(body).post("/v1/query").then();
    }
}
